import { sitePaths } from '$lib/preview/content';
import { absoluteUrl } from '$lib/preview/site';
import { escapeXml } from '$lib/preview/text';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every page of the site, with absolute URLs, for search engines (sitemaps.org protocol 0.9). */
export const GET: RequestHandler = () => {
	const urls = sitePaths().map((path) => `\t<url><loc>${escapeXml(absoluteUrl(path))}</loc></url>`);
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		''
	].join('\n');
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
