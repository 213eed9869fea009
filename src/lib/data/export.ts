/**
 * The documented export formats of `/data/events.json` and `/data/events.csv`: the whole dataset,
 * for readers who want to check or reuse it.
 */
import { countryName } from './countries';
import { nonStateLabel } from './nonState';
import { compareEvents } from './event-days';
import type {
	AtlasEvent,
	Category,
	Confidence,
	EventKind,
	Iso3,
	IsoDay,
	IsoMonth,
	Place,
	Role,
	Source
} from './types';

/** A place in the export: a city and country, `"virtual"`, or `null` when not known. */
export type ExportPlace = { city?: string; country?: Iso3 } | 'virtual' | null;

/** A country's part in an event, in the export. Absent optional fields are omitted. */
export interface ExportParticipant {
	country: Iso3;
	role: Role;
	since?: IsoDay | IsoMonth;
	agency?: string;
}

/** One event in the export. Absent optional fields are omitted. */
export interface ExportEvent {
	id: string;
	title: string;
	kind: EventKind;
	category: Category;
	date: IsoDay | IsoMonth;
	endDate?: IsoDay | IsoMonth;
	place: ExportPlace;
	participants: ExportParticipant[];
	nonStateParticipants: string[];
	sources: Source[];
	confidence: Confidence;
	inSeed: boolean;
}

/** The body of `/data/events.json`. */
export interface ExportDocument {
	version: 1;
	events: ExportEvent[];
}

function exportPlace(place: Place): ExportPlace {
	switch (place.kind) {
		case 'city':
			return { city: place.city, country: place.country };
		case 'country':
			return { country: place.country };
		case 'virtual':
			return 'virtual';
		case 'unknown':
			return null;
	}
}

function exportEvent(event: AtlasEvent): ExportEvent {
	return {
		id: event.id,
		title: event.title,
		kind: event.kind,
		category: event.category,
		date: event.date,
		...(event.endDate !== undefined && { endDate: event.endDate }),
		place: exportPlace(event.place),
		participants: event.participants.map((p) => ({
			country: p.country,
			role: p.role,
			...(p.since !== undefined && { since: p.since }),
			...(p.agency !== undefined && { agency: p.agency })
		})),
		nonStateParticipants: event.nonStateParticipants.map((entry) =>
			nonStateLabel(entry, countryName)
		),
		sources: event.sources.map(({ title, url }) => ({ title, url })),
		confidence: event.confidence,
		inSeed: event.inSeed
	};
}

/** The JSON export of `events`, sorted by date (then id). */
export function toExportJson(events: readonly AtlasEvent[]): ExportDocument {
	return { version: 1, events: [...events].sort(compareEvents).map(exportEvent) };
}

/**
 * The CSV columns, in order (the header row). One row per event–participant pair; an event
 * without participants has one row with empty participant columns.
 * - `event_id`, `title`, `kind`, `category`, `date`, `end_date`: the event (`date` is `YYYY-MM-DD`,
 *   or `YYYY-MM` where only the month is known; `end_date` empty for a one-day event);
 * - `place_city`, `place_country` (ISO 3166-1 alpha-3), `place_status` (`known`, `virtual`,
 *   `unknown`);
 * - `confidence` (`high`, `medium`, `low`), `in_seed` (`true` when the ITU seed page names it);
 * - `non_state_participants` and `source_urls`: lists joined with ` | `;
 * - `participant_country` (alpha-3), `participant_name` (English short name), `participant_role`,
 *   `participant_since` (day or month it took effect, when later than the event),
 *   `participant_agency`.
 */
export const CSV_COLUMNS = [
	'event_id',
	'title',
	'kind',
	'category',
	'date',
	'end_date',
	'place_city',
	'place_country',
	'place_status',
	'confidence',
	'in_seed',
	'non_state_participants',
	'source_urls',
	'participant_country',
	'participant_name',
	'participant_role',
	'participant_since',
	'participant_agency'
] as const;

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvRows(event: ExportEvent): string[][] {
	const place = event.place;
	const eventColumns = [
		event.id,
		event.title,
		event.kind,
		event.category,
		event.date,
		event.endDate ?? '',
		(place !== null && place !== 'virtual' && place.city) || '',
		(place !== null && place !== 'virtual' && place.country) || '',
		place === null ? 'unknown' : place === 'virtual' ? 'virtual' : 'known',
		event.confidence,
		String(event.inSeed),
		event.nonStateParticipants.map((entry) => nonStateLabel(entry, countryName)).join(' | '),
		event.sources.map((source) => source.url).join(' | ')
	];
	if (event.participants.length === 0) return [[...eventColumns, '', '', '', '', '']];
	return event.participants.map((p) => [
		...eventColumns,
		p.country,
		countryName(p.country),
		p.role,
		p.since ?? '',
		p.agency ?? ''
	]);
}

/** The CSV export of `events` (RFC 4180: CRLF line ends, header row first), sorted by date. */
export function toCsv(events: readonly AtlasEvent[]): string {
	const rows = [[...CSV_COLUMNS], ...toExportJson(events).events.flatMap(csvRows)];
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
