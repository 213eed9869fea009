/** The explorer's "How to use" points (English), loaded when a reader opens them. */
const help = {
	/** `play` is the play button's label (timeline.toolbar.play). */
	drag: (play: string) => `Drag the orange cursor, click the axis, or press ${play}.`,
	slider:
		'Date slider: arrows move a day, Page Up/Down a month, Home/End to the ends, Shift+arrows to the previous or next event.',
	keys: 'Tab to the events or the map; arrows move, Enter opens one.'
};

export default help;
