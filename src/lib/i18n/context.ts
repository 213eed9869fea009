/**
 * The page's language and messages, given by the root layout to every component below it through
 * Svelte's context: `const i18n = getI18n()` then `i18n.m.site.explorer`, `i18n.locale`.
 * Pure modules never read it: they take the messages or the locale as an argument.
 */
import { getContext, setContext } from 'svelte';
import type { Locale } from './locales';
import type { Messages } from './messages';

/** The language of the page and its messages. */
export interface I18n {
	readonly locale: Locale;
	readonly m: Messages;
}

const KEY = Symbol('i18n');

/** Gives `i18n` (whose getters may follow the layout's data) to the components below. */
export function setI18n(i18n: I18n): void {
	setContext(KEY, i18n);
}

/** The page's language and messages; throws outside the layout (a component test must set them). */
export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('getI18n() called outside a component tree with setI18n()');
	return i18n;
}

/**
 * The context that `setI18n(i18n)` gives, as a `Map` for rendering a component on its own (a
 * component test: `render(Component, { props, context: i18nContext(i18n) })`).
 */
export function i18nContext(i18n: I18n): Map<unknown, unknown> {
	return new Map([[KEY, i18n]]);
}
