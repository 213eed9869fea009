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
	}
};

export default site;
