/**
 * The whole French catalogue: the app's messages, the documents' and those loaded on
 * demand. The app loads its part alone
 * (`../messages.ts`); the server, the preview images and the tests use the whole.
 */
import app from './app';
import documents from './documents';
import help from './help';
import howCounted from './howCounted';
import notice from './notice';
import panels from './panels';
import table from './table';
import tooltip from './tooltip';

export default { ...app, ...documents, panels, table, notice, help, howCounted, tooltip };
