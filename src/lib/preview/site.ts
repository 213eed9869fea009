/**
 * The site's name and public origin: what every absolute URL (canonical links, Open Graph tags, the
 * sitemap) is built from.
 */
import { DEFAULT_LOCALE, type Locale } from '$lib/i18n/locales';

/** The site's name, as pages and preview images show it. */
export const SITE_NAME = 'Anti-Spam Cooperation Atlas, 2003–2006';

/** Path of the explorer's own preview image. */
export const HOME_IMAGE_PATH = '/og/home.png';

/** Size of preview images in pixels (the size Open Graph and Twitter recommend). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * The origin used when the build sets none. It MUST be replaced by the deployment origin, either
 * here or with the `VITE_SITE_ORIGIN` environment variable at build time: social sites and search
 * engines only follow absolute URLs. (Vite exposes only `VITE_`-prefixed variables to
 * `import.meta.env`, which both the prerenderer and the browser can read; `$env/static/public`
 * would fail the build when the variable is not set.)
 */
const DEFAULT_ORIGIN = 'https://anti-spam-atlas.example';

const fromEnv: unknown = import.meta.env.VITE_SITE_ORIGIN;

/** The deployment origin, without a trailing slash: `https://host`. */
export const SITE_ORIGIN: string = (
	typeof fromEnv === 'string' && fromEnv !== '' ? fromEnv : DEFAULT_ORIGIN
).replace(/\/+$/, '');

/** The absolute URL of a site path (`/events/x` → `https://host/events/x`). */
export function absoluteUrl(path: string): string {
	return `${SITE_ORIGIN}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A preview image's path in `locale`: the English images are at `/og/…`, the others under the
 * language's code (`/og/events/x.png` → `/og/fr/events/x.png`).
 */
export function localizedImagePath(path: string, locale: Locale): string {
	return locale === DEFAULT_LOCALE ? path : path.replace(/^\/og\//, `/og/${locale}/`);
}
