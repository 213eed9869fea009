import { describe, expect, it } from 'vitest';
import { countryName } from './countries';
import { nonStateLabel } from './nonState';

describe('nonStateLabel', () => {
	it.each([
		['OECD', 'OECD'],
		[{ name: 'eBay Inc.', kind: 'company', country: 'USA' }, 'eBay Inc. (company, United States)'],
		[
			{ name: 'K.-P. Kossakowski', kind: 'person', country: 'DEU' },
			'K.-P. Kossakowski (person, Germany)'
		]
	] as const)('%j → %s', (entry, label) => {
		expect(nonStateLabel(entry, countryName)).toBe(label);
	});
});
