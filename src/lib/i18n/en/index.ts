/**
 * The whole catalogue of this language: the app's messages, the documents' and those loaded on
 * demand. The app loads its part alone (`../messages.ts`); the server, the preview images and the
 * tests use the whole.
 */
import app from './app';
import documents from './documents';
import extras from './extras';

export default { ...app, ...documents, ...extras };
