/**
 * The shape of a language's version of the dataset's reader-facing text (`fr.ts`, `es.ts`): each
 * event's title, short title and summary in that language, written for this project, with the
 * source of an official title where the instrument has one in that language.
 */
import type { Source } from '../types';

/** One event's text in a language. */
export interface EventText {
	/** The title; the instrument's official title in the language where one exists. */
	title: string;
	/** At most 32 characters, unique in the language, for the timeline's labels and lists. */
	shortTitle: string;
	/** A short, neutral summary in the language (a translation of the English one). */
	summary: string;
	/** Where the official title in this language comes from, when `title` is one. */
	titleSource?: Source;
	/** The labels of the event's `keyDates`, by their date (`YYYY-MM-DD` or `YYYY-MM`). */
	keyDates?: Record<string, string>;
	/** The `unnamedParticipants` text, when the event has one. */
	unnamedParticipants?: string;
}

/** A language's version of the dataset's text. */
export interface DatasetText {
	/** Every event's text, by event id. */
	events: Record<string, EventText>;
	/** Names of the cities of events' places, by their English name (only those that differ). */
	cities: Record<string, string>;
}
