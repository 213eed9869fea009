/**
 * Checks a list of events against the rules of the dataset (see the research README): the build
 * fails on any problem, and each problem names the event and the field so it is quick to fix.
 */
import { isIsoDay, isIsoMonth, lastDayOf, PERIOD_END, PERIOD_START } from '$lib/time/day';
import { countryNumeric } from './countries';
import { eventEndDay, eventStartDay, effectiveDay } from './event-days';
import {
	AGREEMENT_KINDS,
	CONFIDENCE_LEVELS,
	MEETING_KINDS,
	ROLES,
	type AtlasEvent,
	type Category,
	type Role
} from './types';

/** One thing wrong with one event. */
export interface Problem {
	/** The event's id (as written, even when the id itself is the problem). */
	id: string;
	/** The field at fault, with an index where useful: `participants[3].since`. */
	field: string;
	message: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_PATTERN = /^https?:\/\/[^\s/]+\/?\S*$/;
const KINDS: Record<Category, readonly string[]> = {
	agreement: AGREEMENT_KINDS,
	meeting: MEETING_KINDS
};
// Meetings are attended, hosted or chaired; nobody signs or is bound by them.
const ROLES_BY_CATEGORY: Record<Category, readonly Role[]> = {
	agreement: ['signatory', 'party', 'joined', 'member', 'host'],
	meeting: ['host', 'chair', 'participant', 'member']
};

type Report = (field: string, message: string) => void;

const isDatasetDate = (value: unknown): value is string =>
	typeof value === 'string' && (isIsoDay(value) || isIsoMonth(value));
const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** The most characters (code points, so an en dash counts as one) a `shortTitle` may have. */
export const SHORT_TITLE_MAX = 32;

function checkShortTitle(event: AtlasEvent, report: Report): void {
	const short: unknown = event.shortTitle;
	if (typeof short !== 'string' || short.trim() === '') {
		report('shortTitle', 'missing or empty');
		return;
	}
	if (short !== short.trim()) report('shortTitle', 'leading or trailing space');
	const length = [...short].length;
	if (length > SHORT_TITLE_MAX) {
		report('shortTitle', `${length} characters, more than ${SHORT_TITLE_MAX}`);
	}
}

function checkDates(event: AtlasEvent, report: Report): boolean {
	if (!isDatasetDate(event.date)) report('date', `not YYYY-MM-DD or YYYY-MM: ${event.date}`);
	if (event.endDate !== undefined && !isDatasetDate(event.endDate)) {
		report('endDate', `not YYYY-MM-DD or YYYY-MM: ${event.endDate}`);
	}
	if (
		!isDatasetDate(event.date) ||
		(event.endDate !== undefined && !isDatasetDate(event.endDate))
	) {
		return false;
	}
	if (eventStartDay(event) < PERIOD_START || eventEndDay(event) > PERIOD_END) {
		report('date', `outside ${PERIOD_START}..${PERIOD_END}`);
	}
	if (event.endDate !== undefined && eventEndDay(event) <= lastDayOf(event.date)) {
		report('endDate', `${event.endDate} is not after ${event.date}`);
	}
	event.keyDates.forEach((keyDate, i) => {
		if (!isDatasetDate(keyDate.date)) report(`keyDates[${i}].date`, `not a date: ${keyDate.date}`);
		if (!isText(keyDate.label)) report(`keyDates[${i}].label`, 'empty');
	});
	return true;
}

function checkPlace(event: AtlasEvent, report: Report): void {
	const place = event.place;
	if (place.kind === 'city' && !isText(place.city)) report('place.city', 'empty');
	if ((place.kind === 'city' || place.kind === 'country') && !countryNumeric(place.country)) {
		report('place.country', `not an ISO 3166-1 alpha-3 code: ${place.country}`);
	}
}

function checkParticipants(event: AtlasEvent, datesValid: boolean, report: Report): void {
	const seen = new Set<string>();
	event.participants.forEach((participant, i) => {
		const at = `participants[${i}]`;
		if (!countryNumeric(participant.country)) {
			report(`${at}.country`, `not an ISO 3166-1 alpha-3 code: ${participant.country}`);
		}
		if (seen.has(participant.country)) report(`${at}.country`, 'country listed twice');
		seen.add(participant.country);
		if (!ROLES.includes(participant.role)) report(`${at}.role`, `unknown role ${participant.role}`);
		else if (!ROLES_BY_CATEGORY[event.category]?.includes(participant.role)) {
			report(`${at}.role`, `role ${participant.role} does not fit a ${event.category}`);
		}
		if (participant.role === 'joined' && participant.since === undefined) {
			report(`${at}.since`, "role 'joined' needs a since date");
		}
		if (participant.agency !== undefined && !isText(participant.agency)) {
			report(`${at}.agency`, 'empty');
		}
		if (participant.since === undefined) return;
		// One rule for later participation: whoever became bound after the event joined it (a
		// convening body's membership or a meeting role has no date of its own).
		if (participant.role !== 'joined') {
			report(`${at}.role`, "a since date means the country joined later: role 'joined'");
		}
		if (!isDatasetDate(participant.since)) {
			report(`${at}.since`, `not YYYY-MM-DD or YYYY-MM: ${participant.since}`);
		} else if (datesValid) {
			const effective = effectiveDay(event, participant);
			if (effective <= lastDayOf(event.date) || effective > PERIOD_END) {
				report(`${at}.since`, `${participant.since} is not after the event, within the period`);
			}
		}
	});
	if (event.unnamedParticipants !== undefined && !isText(event.unnamedParticipants)) {
		report('unnamedParticipants', 'empty');
	}
	// Companies, associations and people are listed with their country, never mapped: a mapped row
	// is a state body, so none may stand for one of them.
	event.nonStateParticipants.forEach((entry, i) => {
		const at = `nonStateParticipants[${i}]`;
		if (typeof entry === 'string') {
			if (!isText(entry)) report(at, 'empty');
			return;
		}
		if (!isText(entry.name)) report(`${at}.name`, 'empty');
		if (!NON_STATE_KINDS.includes(entry.kind)) report(`${at}.kind`, `unknown kind ${entry.kind}`);
		if (!countryNumeric(entry.country)) {
			report(`${at}.country`, `not an ISO 3166-1 alpha-3 code: ${entry.country}`);
		}
		// The same body under its country: a row of that country whose agency names it (or that it
		// names, as an entry may add its role: "eBay Inc., signatory").
		const mapped = event.participants.find(
			({ country, agency }) =>
				country === entry.country &&
				agency !== undefined &&
				(agency.includes(entry.name) || entry.name.includes(agency))
		);
		if (mapped) report(`${at}.name`, `also mapped as a participant of ${mapped.country}`);
	});
}

/** The kinds of non-state participant that are based in a country. */
const NON_STATE_KINDS: readonly string[] = ['company', 'association', 'person'];

function checkSources(event: AtlasEvent, report: Report): void {
	if (event.sources.length === 0) report('sources', 'no source');
	event.sources.forEach((source, i) => {
		if (!isText(source.title)) report(`sources[${i}].title`, 'empty');
		if (!URL_PATTERN.test(source.url) || source.url.endsWith('...')) {
			report(`sources[${i}].url`, `not a full http(s) URL: ${source.url}`);
		}
	});
}

function checkRelated(event: AtlasEvent, byId: Map<string, AtlasEvent>, report: Report): void {
	if (new Set(event.related).size !== event.related.length) report('related', 'duplicate id');
	for (const id of event.related) {
		const other = byId.get(id);
		if (id === event.id) report('related', 'an event cannot be related to itself');
		else if (!other) report('related', `unknown event ${id}`);
		else if (!other.related.includes(event.id)) report('related', `${id} does not link back`);
	}
}

/**
 * A later milestone names the instrument's first event: an existing agreement, not itself, dated no
 * later, and not a milestone of another instrument (milestones point at the first event, never chain).
 */
function checkInstrumentOf(event: AtlasEvent, byId: Map<string, AtlasEvent>, report: Report): void {
	const id: unknown = event.instrumentOf;
	if (id === undefined) return;
	if (typeof id !== 'string' || id.trim() === '') {
		report('instrumentOf', 'empty');
		return;
	}
	const first = byId.get(id);
	if (id === event.id) report('instrumentOf', 'an event cannot be a milestone of itself');
	else if (!first) report('instrumentOf', `unknown event ${id}`);
	else {
		if (first.category !== 'agreement') {
			report('instrumentOf', `${id} is a ${first.category}, not an agreement`);
		}
		if (first.instrumentOf !== undefined) {
			report('instrumentOf', `${id} is itself a milestone of ${first.instrumentOf}`);
		}
		if (
			isDatasetDate(first.date) &&
			isDatasetDate(event.date) &&
			eventStartDay(first) > eventStartDay(event)
		) {
			report('instrumentOf', `${id} (${first.date}) is later than this event (${event.date})`);
		}
	}
}

/** Every problem in `events`; an empty list means the dataset is valid. */
export function validateEvents(events: readonly AtlasEvent[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map<string, AtlasEvent>();
	const shortTitles = new Map<string, string>();
	for (const event of events) {
		const report: Report = (field, message) => problems.push({ id: event.id, field, message });
		if (!ID_PATTERN.test(event.id)) report('id', 'not lowercase letters, digits and hyphens');
		if (byId.has(event.id)) report('id', 'duplicate id');
		byId.set(event.id, event);
		if (!isText(event.title)) report('title', 'empty');
		checkShortTitle(event, report);
		if (typeof event.shortTitle === 'string' && isText(event.shortTitle)) {
			// Unique regardless of case and spacing: readers could not tell such labels apart.
			const key = event.shortTitle.normalize('NFC').trim().toLocaleLowerCase('en');
			const holder = shortTitles.get(key);
			if (holder !== undefined) report('shortTitle', `same as the shortTitle of ${holder}`);
			else shortTitles.set(key, event.id);
		}
		if (!isText(event.summary)) report('summary', 'empty');
		if (!KINDS[event.category]?.includes(event.kind)) {
			report('kind', `${event.kind} is not a kind of ${event.category}`);
		}
		if (!CONFIDENCE_LEVELS.includes(event.confidence)) {
			report('confidence', `unknown confidence ${event.confidence}`);
		}
		if (event.confidence === 'low' && !isText(event.notes))
			report('notes', 'low confidence, no why');
		const datesValid = checkDates(event, report);
		checkPlace(event, report);
		checkParticipants(event, datesValid, report);
		checkSources(event, report);
	}
	for (const event of events) {
		const report: Report = (field, message) => problems.push({ id: event.id, field, message });
		checkRelated(event, byId, report);
		checkInstrumentOf(event, byId, report);
	}
	return problems;
}

/** Problems as lines of `id.field: message`, for error messages. */
export function formatProblems(problems: readonly Problem[]): string {
	return problems.map((p) => `${p.id}.${p.field}: ${p.message}`).join('\n');
}
