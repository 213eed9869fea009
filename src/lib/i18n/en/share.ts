/** Messages of the share menu (ShareMenu.svelte) and of the image it downloads, loaded with it (English). */
const share = {
	/** The menu's accessible name. */
	menu: 'Share this view',
	/** Copies the view's address (or, on a phone, opens the platform's share sheet). */
	copyLink: 'Copy link',
	shareLink: 'Share link…',
	/** Copies the `<iframe>` that embeds this view in another page. */
	embed: 'Copy embed code',
	embedCopied: 'Embed code copied to the clipboard.',
	/** When copying failed: the code is shown, selected, to copy by hand. */
	embedCopyThis: 'Copy this code:',
	/** Above the image buttons. */
	image: 'Image of this view',
	png: 'PNG',
	pngPrint: 'PNG for print (2×)',
	svg: 'SVG',
	/** The image's colours: the page's theme is chosen first. */
	colours: 'Colours',
	light: 'Light',
	dark: 'Dark',
	working: 'Making the image…',
	/** After a download: "Downloaded anti-spam-atlas-2005-04-27.png." */
	downloaded: (name: string) => `Downloaded ${name}.`,
	failed: 'The image could not be made. Please try again.',
	close: 'Close',
	/** The image's footer: where the data comes from. */
	source: 'Source: Anti-Spam Cooperation Atlas, from the ITU page and the sources it cites',
	/** On the image, what the map outlines: "Outlined: participants of Seoul–Melbourne MoU". */
	outlinedEvent: (title: string) => `Outlined: participants of ${title}`,
	/** On the image: "Selected: South Korea". */
	selectedCountry: (name: string) => `Selected: ${name}`
};

export default share;
