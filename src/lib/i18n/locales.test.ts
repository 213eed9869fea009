import { describe, expect, test } from 'vitest';
import { formatList, formatNumber } from './format';
import { isLocale, localeOfParam, localeOfPath, localizedPath, unlocalizedPath } from './locales';
import { plural } from './plural';

describe('paths and languages', () => {
	test.each([
		['/', 'en', '/'],
		['/about', 'en', '/about'],
		['/fr', 'fr', '/'],
		['/fr/about', 'fr', '/about'],
		['/es/events/london-action-plan-2004', 'es', '/events/london-action-plan-2004'],
		['/data/events.json', 'en', '/data/events.json'],
		['/french', 'en', '/french'],
		['/frx/about', 'en', '/frx/about']
	])('%s is %s, %s without its prefix', (path, locale, bare) => {
		expect(localeOfPath(path)).toBe(locale);
		expect(unlocalizedPath(path)).toBe(bare);
	});

	test.each([
		['/', 'fr', '/fr'],
		['/', 'en', '/'],
		['/about', 'es', '/es/about'],
		['/fr/about', 'es', '/es/about'],
		['/fr/about', 'en', '/about'],
		['/es', 'en', '/'],
		['/countries/KOR', 'fr', '/fr/countries/KOR']
	] as const)('%s in %s is %s', (path, locale, expected) => {
		expect(localizedPath(path, locale)).toBe(expected);
	});

	test.each([
		['fr', true],
		['es', true],
		['en', true],
		['de', false],
		['FR', false],
		[undefined, false]
	])('isLocale(%s) is %s', (value, expected) => {
		expect(isLocale(value)).toBe(expected);
	});

	test.each([
		[undefined, 'en'],
		['fr', 'fr'],
		['es', 'es'],
		['xx', 'en']
	])('the route segment %s is %s', (param, locale) => {
		expect(localeOfParam(param)).toBe(locale);
	});
});

describe('plurals, lists and numbers by the language’s rules', () => {
	const forms = { one: 'one', other: 'other' };
	test.each([
		['en', 0, 'other'],
		['en', 1, 'one'],
		['en', 2, 'other'],
		['fr', 0, 'one'],
		['fr', 1, 'one'],
		['fr', 2, 'other'],
		['es', 0, 'other'],
		['es', 1, 'one'],
		['es', 5, 'other']
	] as const)('%s: %d takes the %s form', (locale, count, expected) => {
		expect(plural(locale, count, forms)).toBe(expected);
	});

	test.each([
		['en', 'Korea, Japan and Chile'],
		['fr', 'Korea, Japan et Chile'],
		['es', 'Korea, Japan y Chile']
	] as const)('a list in %s: %s', (locale, expected) => {
		expect(formatList(locale, ['Korea', 'Japan', 'Chile'])).toBe(expected);
	});

	test('a list with "or"', () => {
		expect(formatList('fr', ['A', 'B'], 'disjunction')).toBe('A ou B');
	});

	test.each([
		['en', '4,600'],
		['fr', '4\u202f600'],
		['es', '4600']
	] as const)('4600 in %s is %s', (locale, expected) => {
		expect(formatNumber(locale, 4600)).toBe(expected);
	});
});
