/**
 * Plural forms by the language's own rules (`Intl.PluralRules`): French says "1 pays, 0 pays"
 * where English says "1 country, 0 countries". Catalogues call this with their own language.
 */
import { INTL_TAG, type Locale } from './locales';

/** A message's forms by plural category; `other` is required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

/** The form of `forms` that `count` takes in `locale` (`other` when the category has none). */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(INTL_TAG[locale])));
	return forms[rule.select(count)] ?? forms.other;
}
