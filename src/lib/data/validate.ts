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
}

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

/** Every problem in `events`; an empty list means the dataset is valid. */
export function validateEvents(events: readonly AtlasEvent[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map<string, AtlasEvent>();
	for (const event of events) {
		const report: Report = (field, message) => problems.push({ id: event.id, field, message });
		if (!ID_PATTERN.test(event.id)) report('id', 'not lowercase letters, digits and hyphens');
		if (byId.has(event.id)) report('id', 'duplicate id');
		byId.set(event.id, event);
		if (!isText(event.title)) report('title', 'empty');
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
		checkRelated(event, byId, (field, message) => problems.push({ id: event.id, field, message }));
	}
	return problems;
}

/** Problems as lines of `id.field: message`, for error messages. */
export function formatProblems(problems: readonly Problem[]): string {
	return problems.map((p) => `${p.id}.${p.field}: ${p.message}`).join('\n');
}
