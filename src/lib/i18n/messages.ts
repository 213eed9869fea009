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

/** The namespaces only documents rendered on the server use (see documentMessages.ts). */
const DOCUMENT_NAMESPACES = ['pages', 'about', 'cards'] as const;
/** The namespaces the explorer loads with the component that uses them (`loadNamespace`). */
const LAZY_NAMESPACES = [
	'panels',
	'table',
	'notice',
	'help',
	'howCounted',
	'tooltip',
	'share'
] as const;

/** A namespace loaded with its component: a panel, the table, the notice. */
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];
/** The documents' namespaces of a language. */
export type DocumentMessages = Pick<Messages, (typeof DOCUMENT_NAMESPACES)[number]>;
type AppMessages = Omit<Messages, keyof DocumentMessages | LazyNamespace>;

const apps = import.meta.glob<AppMessages>('./*/app.ts', { import: 'default' });
/** Each language's on-demand namespaces, as one chunk per language (`<locale>/extras.ts`). */
const extras = import.meta.glob<Pick<Messages, LazyNamespace>>('./*/extras.ts', {
	import: 'default'
});

/** Reading a namespace that this page did not load is a bug: say which. */
function unloaded(messages: object, namespaces: readonly string[]): void {
	for (const namespace of namespaces) {
		Object.defineProperty(messages, namespace, {
			get() {
				throw new Error(`The “${namespace}” messages are not loaded here (see messages.ts)`);
			}
		});
	}
}

/**
 * The messages of `locale` (lazily loaded chunks in the browser): with `withDocuments`, every
 * namespace (the documents, rendered on the server); without (the explorer), the app's only: the
 * documents' are not loaded and those of `LAZY_NAMESPACES` come with their components
 * (`loadNamespace`); reading one of them from these messages throws, naming it.
 */
export async function loadMessages(locale: Locale, withDocuments = true): Promise<Messages> {
	const app = await apps[`./${locale}/app.ts`]();
	if (withDocuments) {
		const [more, onDemand] = await Promise.all([
			import('./documentMessages').then(({ loadDocumentMessages }) => loadDocumentMessages(locale)),
			loadExtras(locale)
		]);
		return { ...app, ...more, ...onDemand };
	}
	const messages = { ...app };
	unloaded(messages, [...DOCUMENT_NAMESPACES, ...LAZY_NAMESPACES]);
	return messages as Messages;
}

const loaded = new Map<Locale, Promise<Pick<Messages, LazyNamespace>>>();

/** The on-demand namespaces of `locale`: one promise per language, retried after a failure. */
function loadExtras(locale: Locale): Promise<Pick<Messages, LazyNamespace>> {
	let pending = loaded.get(locale);
	if (!pending) {
		loaded.set(locale, (pending = extras[`./${locale}/extras.ts`]()));
		// A failed load (offline) may be retried by asking again.
		pending.catch(() => loaded.delete(locale));
	}
	return pending;
}

const namespaces = new Map<string, Promise<unknown>>();

/**
 * One namespace of `locale` that the explorer loads with its component (a panel, the table…). All
 * of them come in one chunk per language; each namespace is the same promise for every call, so an
 * `{#await}` that asks again does not start over.
 */
export function loadNamespace<K extends LazyNamespace>(
	locale: Locale,
	namespace: K
): Promise<Messages[K]> {
	const key = `${locale}/${namespace}`;
	let pending = namespaces.get(key);
	if (!pending) {
		namespaces.set(key, (pending = loadExtras(locale).then((all) => all[namespace])));
		pending.catch(() => namespaces.delete(key));
	}
	return pending as Promise<Messages[K]>;
}
