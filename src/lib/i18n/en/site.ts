/** The site's frame: its name, header, footer, language switcher, home page head and error pages. */
const site = {
	name: 'Anti-Spam Cooperation Atlas, 2003–2006',
	/** The header's brand, in parts: the middle and the years hide on narrow screens. */
	brand: { start: 'Anti-Spam', middle: 'Cooperation', end: 'Atlas', years: '2003–2006' },
	skip: 'Skip to content',
	nav: { label: 'Site', explorer: 'Explorer', about: 'About', aboutMore: 'the data' },
	language: { label: 'Language' },
	footer: {
		builtFrom:
			'Built from the ITU page “International cooperation on countering spam” and checked sources.',
		download: 'Download the data:'
	},
	home: {
		description:
			'A timeline and world map of how regulators, governments and industry cooperated against spam between 2003 and 2006: every agreement, signing and meeting, day by day, with sources.',
		imageAlt:
			'World map of the countries in instruments against spam at the end of 2006, shaded by how many.'
	},
	notFound: {
		title: 'Page not found',
		text: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
		explorer: 'Open the explorer',
		explorerMore: ': the map and timeline of 2003–2006.',
		events: 'Every event and its sources',
		eventsMore: ', on one page.'
	},
	error: {
		title: 'Something went wrong',
		text: (status: number) => `The page could not be shown (error ${status}).`,
		back: 'Back to the explorer'
	}
};

export default site;
