/**
 * The atlas's languages and how a path carries one: English at the root (`/events/x`), the others
 * under their code (`/fr/events/x`, `/es/events/x`). Query parameters never change with the
 * language, so a shared view survives a switch.
 */

/** Every language of the atlas, English (the reference) first. */
export const LOCALES = ['en', 'fr', 'es'] as const;

/** A language of the atlas. */
export type Locale = (typeof LOCALES)[number];

/** The language of unprefixed paths. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each language formats with (`en-GB`: "27 April 2005", day before month). */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** Each language's name in itself, for the language switcher. */
export const ENDONYM: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** Whether `value` is one of the atlas's languages. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A path's language prefix: `/fr`, `/es` (every language but the default). */
const PREFIXED = new RegExp(
	`^/(${LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|')})(?=/|$)`
);

/** The language of a site path: `/fr/about` → `fr`; `/about`, `/data/events.json` → `en`. */
export function localeOfPath(pathname: string): Locale {
	const prefix = PREFIXED.exec(pathname)?.[1];
	return isLocale(prefix) ? prefix : DEFAULT_LOCALE;
}

/** A site path without its language prefix: `/fr/about` → `/about`, `/fr` → `/`. */
export function unlocalizedPath(pathname: string): string {
	return pathname.replace(PREFIXED, '') || '/';
}

/**
 * The path of the same page in `locale`: `localizedPath('/about', 'fr')` → `/fr/about`,
 * `localizedPath('/', 'es')` → `/es`, `localizedPath('/fr/about', 'en')` → `/about`.
 */
export function localizedPath(pathname: string, locale: Locale): string {
	const base = unlocalizedPath(pathname);
	if (locale === DEFAULT_LOCALE) return base;
	return base === '/' ? `/${locale}` : `/${locale}${base}`;
}

/** The language of a route's optional `[[lang=locale]]` segment: none is English. */
export function localeOfParam(lang: string | undefined): Locale {
	return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** A route's `[[lang=locale]]` parameter for `locale`: none for English (`/about`, `/fr/about`). */
export function langParam(locale: Locale): Locale | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * The `lang` attribute of text the dataset keeps in English (source titles, notes, agencies) on a
 * page in `locale`: none on an English page, where it is the page's own language.
 */
export function originalLang(locale: Locale): typeof DEFAULT_LOCALE | undefined {
	return locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE;
}
