/**
 * The routes that run the explorer in the browser (the explorer and its embed): the only pages
 * that load messages there, and whose pages hint their language's messages to the browser.
 */
export const EXPLORER_ROUTES: ReadonlySet<string> = new Set([
	'/[[lang=locale]]',
	'/[[lang=locale]]/embed'
]);
