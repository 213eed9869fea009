/**
 * The timeline: its heading and lanes, the date cursors, the event marks and their tooltip, the key
 * and the toolbar (English, the reference).
 */
import { formatNumber } from '../format';
import { plural } from '../plural';

const timeline = {
	/** Timeline.svelte. */
	heading: 'Timeline',
	lanes: { agreements: 'Agreements', meetings: 'Meetings' },
	/** TimeSlider.svelte: the cursors' accessible names (their value is the date in words). */
	slider: { date: 'Date', start: 'Start date' },
	/** EventMarks.svelte. */
	marks: {
		label: 'Events, in date order',
		/**
		 * A mark's accessible name: "Seoul–Melbourne multilateral MoU, 27 April 2005, Multilateral
		 * MoU", with ", low confidence" after it when it is.
		 */
		mark: (title: string, date: string, kind: string, lowConfidence: boolean) =>
			`${title}, ${date}, ${kind}${lowConfidence ? ', low confidence' : ''}`,
		/** The tooltip's count of the countries an event maps: "12 countries", "no country mapped". */
		countries: (count: number) =>
			count === 0
				? 'no country mapped'
				: plural('en', count, {
						one: `${formatNumber('en', count)} country`,
						other: `${formatNumber('en', count)} countries`
					}),
		latest: 'Latest event by the date shown.',
		monthOnly: 'Only the month is known.',
		lowConfidence: 'Low confidence: see the details.'
	},
	/** TimelineLegend.svelte. */
	legend: {
		label: 'Timeline key',
		agreement: 'Agreement',
		meeting: 'Meeting',
		monthOnly: 'Only the month is known',
		lowConfidence: 'Low confidence',
		selected: 'Selected',
		cursor: 'Date shown on the map'
	},
	/** TimelineToolbar.svelte. */
	toolbar: {
		label: 'Timeline controls',
		play: 'Play',
		pause: 'Pause',
		speed: 'Speed',
		speeds: { slow: 'Slow', normal: 'Normal', fast: 'Fast' },
		period: 'Period',
		/** The period menu's entry for a period that is none of the presets. */
		custom: 'Custom',
		previous: 'Previous event',
		next: 'Next event',
		/** Shows or hides the event lanes on a small screen (keep it short: one row at 360 px). */
		lanes: 'Events',
		zoom: 'Zoom the timeline',
		zoomIn: 'Zoom in on the timeline',
		zoomOut: 'Zoom out of the timeline',
		resetZoom: 'Reset zoom'
	}
};

export default timeline;
