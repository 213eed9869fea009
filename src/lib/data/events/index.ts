/**
 * Every event of the atlas, 2003–2006, one module per event named by its id: to correct an event,
 * open `events/<id>.ts` (its title, dates, place, participants, sources and notes are all there).
 * They hold the agreements and meetings of the checked reference files, with two pairs of records
 * merged into one event each. Titles and summaries are written for the atlas; dates, places,
 * participants, sources, confidence and notes follow the references exactly. Member states of a
 * convening body are declared (`{ membersOf: 'OECD', … }`) and derived from `memberships.ts`.
 * `dataset.ts` expands, validates and sorts them when it loads.
 */
import type { EventRecord } from '../types';

const modules = import.meta.glob<EventRecord>(['./*.ts', '!./index.ts'], {
	eager: true,
	import: 'event'
});

/** The events as written, by module name; read them through `dataset.ts`. */
export const rawEvents: EventRecord[] = Object.values(modules);

/** Each event's module name (its id, as the file is named) and the event it holds. */
export const eventModules: [name: string, event: EventRecord][] = Object.entries(modules).map(
	([path, event]) => [path.replace(/^\.\/|\.ts$/g, ''), event]
);
