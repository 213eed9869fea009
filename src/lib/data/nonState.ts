/**
 * Who took part without being a state body, in words: the one wording the panels, the event pages
 * and the exports share.
 */
import type { Iso3, NonStateParticipant } from './types';

/** What a non-state participant based in a country is. */
export type NonStateKind = Exclude<NonStateParticipant, string>['kind'];

/**
 * A non-state participant in words: an organisation's name, or "eBay Inc. (company, United
 * States)" for one based in a country (which is never mapped); `nameOf` and `kindWords` in the
 * page's language (the exports keep English).
 */
export function nonStateLabel(
	entry: NonStateParticipant,
	nameOf: (iso3: Iso3) => string,
	kindWords: Record<NonStateKind, string> = {
		company: 'company',
		association: 'association',
		person: 'person'
	}
): string {
	if (typeof entry === 'string') return entry;
	return `${entry.name} (${kindWords[entry.kind]}, ${nameOf(entry.country)})`;
}
