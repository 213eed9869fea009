import type { CountingScopeWords } from '../en/vocab';
import { formatNumber } from '../format';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** One counted thing, as the counting scope names it (both masculine). */
const noun = ({ meetings }: CountingScopeWords) => (meetings ? 'compromiso' : 'instrumento');
/** Said of `count` counted things joined (the word the explorer's table uses). */
const joined = (count: number) => plural('es', count, { one: 'suscrito', other: 'suscritos' });

/** The map's tooltip (Spanish), loaded with it on the first hover, focus or tap. */
const tooltip = {
	onDay: (things: string, day: string) => `${things} al ${day}`,
	inPeriod: (things: string, count: number, scope: CountingScopeWords, period: string) =>
		`${things} ${joined(count)} ${period}`,
	nothingYet: (scope: CountingScopeWords) => `Ningún ${noun(scope)} contabilizado por ahora.`,
	nothingNew: (scope: CountingScopeWords) =>
		`Nada nuevo en este periodo; ya formaba parte de al menos un ${noun(scope)} antes.`,
	nothingInPeriod: (scope: CountingScopeWords) =>
		`Ningún ${noun(scope)} contabilizado al final de este periodo.`,
	more: (count: number) => `y ${formatNumber('es', count)} más (abra el país para verlos todos)`
} satisfies Messages['tooltip'];

export default tooltip;
