import { LOCALES, localizedPath } from '$lib/i18n/locales';
import { sitePaths } from '$lib/preview/content';
import { absoluteUrl } from '$lib/preview/site';
import { escapeXml } from '$lib/preview/text';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every page of the site in every language, with absolute URLs, for search engines (sitemaps.org
 * protocol 0.9), each with its versions in the other languages (`xhtml:link` alternates, as Google
 * documents for localised pages).
 */
export const GET: RequestHandler = () => {
	const alternates = (path: string) =>
		[...LOCALES, 'x-default' as const].map((lang) => {
			const href = absoluteUrl(localizedPath(path, lang === 'x-default' ? 'en' : lang));
			return `\t\t<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`;
		});
	const urls = LOCALES.flatMap((locale) =>
		sitePaths().map((path) =>
			[
				'\t<url>',
				`\t\t<loc>${escapeXml(absoluteUrl(localizedPath(path, locale)))}</loc>`,
				...alternates(path),
				'\t</url>'
			].join('\n')
		)
	);
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
