/**
 * The explorer embedded in another site's page (`/embed`): the message that tells the host page
 * the frame's height, and the `<iframe>` snippet that the share menu copies. A host page that
 * listens for the message can size the frame to its content (see the README).
 */

/** The `type` of the message an embedded explorer posts to its host page. */
export const HEIGHT_MESSAGE = 'anti-spam-atlas:height';

/** What an embedded explorer posts to its host page when its height changes. */
export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	/** The height the frame needs to show the whole figure, in CSS pixels. */
	height: number;
}

/** A frame's height before the host page hears from it: the figure at a common column width. */
export const EMBED_HEIGHT = 640;

/**
 * Posts `element`'s height to the host page now and whenever it changes (a new width, a longer
 * date); nothing when the page is not in a frame. Any host may read it: a height is no secret.
 * @returns a function that stops the reports
 */
export function reportHeight(element: HTMLElement, host: Window = window.parent): () => void {
	if (host === window) return () => {};
	let last = -1;
	const post = () => {
		const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY);
		if (height === last) return;
		last = height;
		const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
		host.postMessage(message, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => observer.disconnect();
}

/** The HTML escapes an attribute value needs. */
function attribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The `<iframe>` that embeds a view: its address (the `/embed` page with the view's query), a
 * title naming it, lazy loading, the full width of its column and a height that shows it all
 * until the frame reports its own.
 */
export function embedCode(src: string, title: string): string {
	return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`;
}
