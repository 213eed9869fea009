import { absoluteUrl } from '$lib/preview/site';

export const prerender = true;

/** Crawlers may read everything; the sitemap lists every page. */
export function GET() {
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
