/**
 * The documents' messages (the About, event and country pages and the preview images), loaded by
 * `loadMessages` only where they are rendered: on the server. A module of its own, so the explorer's
 * JavaScript does not even carry the list of their chunks.
 */
import type { Locale } from './locales';
import type { DocumentMessages } from './messages';

const documents = import.meta.glob<DocumentMessages>('./*/documents.ts', { import: 'default' });

/** The documents' messages of `locale`. */
export function loadDocumentMessages(locale: Locale): Promise<DocumentMessages> {
	return documents[`./${locale}/documents.ts`]();
}
