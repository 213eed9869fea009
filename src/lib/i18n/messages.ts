/**
 * The message catalogues. English is the reference shape (`Messages`); each other language's
 * namespaces are declared `satisfies` the English ones, so a missing or extra key fails
 * `npm run check`. A language is two chunks: the app's messages (`<locale>/app.ts`), which the
 * explorer's JavaScript loads, and the documents' (`<locale>/documents.ts`: the About, event and
 * country pages and the preview images), which only the server renders.
 */
import type english from './en';
import type spanish from './es';
import type french from './fr';
import type { Locale } from './locales';

/** Every message of the atlas, by namespace: strings, and functions for messages with values. */
export type Messages = typeof english;

type SameKeys<A, B> = [keyof A] extends [keyof B]
	? [keyof B] extends [keyof A]
		? true
		: false
	: false;
type Holds<T extends true> = T;
/** Fails `npm run check` when a language has a namespace more or less than English. */
export type NamespacesMatch = [
	Holds<SameKeys<typeof french, Messages>>,
	Holds<SameKeys<typeof spanish, Messages>>
];

/** The namespaces only documents rendered on the server use. */
const DOCUMENT_NAMESPACES = ['pages', 'about', 'cards'] as const;
type DocumentMessages = Pick<Messages, (typeof DOCUMENT_NAMESPACES)[number]>;
type AppMessages = Omit<Messages, keyof DocumentMessages>;

const apps = import.meta.glob<AppMessages>('./*/app.ts', { import: 'default' });
const documents = import.meta.glob<DocumentMessages>('./*/documents.ts', { import: 'default' });

/**
 * The messages of `locale` (lazily loaded chunks in the browser). Without `withDocuments` (the
 * explorer), the documents' namespaces are not loaded, and reading one throws, naming it.
 */
export async function loadMessages(locale: Locale, withDocuments = true): Promise<Messages> {
	const app = await apps[`./${locale}/app.ts`]();
	if (withDocuments) return { ...app, ...(await documents[`./${locale}/documents.ts`]()) };
	const messages = { ...app };
	for (const namespace of DOCUMENT_NAMESPACES) {
		Object.defineProperty(messages, namespace, {
			get() {
				throw new Error(`The “${namespace}” messages are only loaded for server-rendered pages`);
			}
		});
	}
	return messages as Messages;
}
