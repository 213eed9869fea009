import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';

/** A language prefix of a path (`fr`, `es`); English has none. */
export const match: ParamMatcher = (param) => isLocale(param) && param !== DEFAULT_LOCALE;
