import type { CountingScopeWords } from '../en/vocab';
import { formatNumber } from '../format';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** One counted thing, as the counting scope names it (both masculine). */
const noun = ({ meetings }: CountingScopeWords) => (meetings ? 'engagement' : 'instrument');
/** What was done with `count` counted things: instruments joined, commitments made. */
const joined = (count: number, { meetings }: CountingScopeWords) =>
	meetings ? 'pris' : plural('fr', count, { one: 'rejoint', other: 'rejoints' });

/** The map's tooltip (French), loaded with it on the first hover, focus or tap. */
const tooltip = {
	onDay: (things: string, day: string) => `${things} au ${day}`,
	inPeriod: (things: string, count: number, scope: CountingScopeWords, period: string) =>
		`${things} ${joined(count, scope)} ${period}`,
	nothingYet: (scope: CountingScopeWords) => `Aucun ${noun(scope)} compté pour l’instant.`,
	nothingNew: (scope: CountingScopeWords) =>
		`Rien de nouveau sur cette période\u00a0; déjà partie prenante d’au moins un ${noun(scope)} avant.`,
	nothingInPeriod: (scope: CountingScopeWords) =>
		`Aucun ${noun(scope)} compté à la fin de cette période.`,
	more: (count: number) => `et ${formatNumber('fr', count)} de plus (ouvrir le pays pour tout voir)`
} satisfies Messages['tooltip'];

export default tooltip;
