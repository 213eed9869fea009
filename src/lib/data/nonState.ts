/**
 * Who took part without being a state body, in words: the one wording the panels, the event pages
 * and the exports share.
 */
import type { Iso3, NonStateParticipant } from './types';

/**
 * A non-state participant in words: an organisation's name, or "eBay Inc. (company, United
 * States)" for one based in a country (which is never mapped).
 */
export function nonStateLabel(entry: NonStateParticipant, nameOf: (iso3: Iso3) => string): string {
	if (typeof entry === 'string') return entry;
	return `${entry.name} (${entry.kind}, ${nameOf(entry.country)})`;
}
