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
	selectedCountry: (name: string) => `Selected: ${name}`,
	/** The animated export of a period (AnimationExport.svelte), opened from the menu. */
	animation: {
		/** In the share menu: opens the export's panel. */
		open: 'Export animation…',
		/** The panel's heading. */
		title: 'Export an animation',
		/** What the export does, under the heading. */
		intro: 'Plays the period as the timeline’s Play does, into a file made on this device.',
		from: 'From',
		to: 'To',
		format: 'Format',
		webm: 'Video (WebM)',
		gif: 'Animated GIF',
		/** When WebCodecs cannot encode the video here. */
		noVideo: 'This browser cannot make videos: the GIF works everywhere.',
		/** The file's length: "1 min 12 s: 2,160 frames at 30 frames per second". */
		length: (duration: string, frames: string) =>
			`${duration}: ${frames} frames at 30 frames per second`,
		badPeriod: 'Choose a start before the end, between 1 January 2003 and 31 December 2006.',
		start: 'Export',
		cancel: 'Cancel',
		close: 'Close',
		/** The progress bar's name. */
		progress: 'Export progress',
		/** Announced when the export starts, and shown while it runs. */
		started: 'Making the animation…',
		/** "Frame 240 of 720, about 12 s left" (`left` is null until it can be estimated). */
		working: (done: string, total: string, left: string | null) =>
			`Frame ${done} of ${total}${left ? `, about ${left} left` : ''}`,
		cancelled: 'Export cancelled.',
		/** "Saved anti-spam-atlas-2005-01-01-to-2005-12-31.webm (1.9 MB)." */
		saved: (name: string, size: string) => `Saved ${name} (${size}).`,
		failed: 'The animation could not be made. Please try again.'
	}
};

export default share;
