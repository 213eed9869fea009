/**
 * The whole English catalogue: the app's messages and the documents'. The app loads its part alone
 * (`../messages.ts`); the server, the preview images and the tests use the whole.
 */
import app from './app';
import documents from './documents';

export default { ...app, ...documents };
