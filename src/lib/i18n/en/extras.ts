/**
 * The messages the explorer loads on demand, as one chunk: those of the panels, the table, the
 * notice, the help, the full counting rule, the tooltip and the share menu (`loadNamespace` in `../messages.ts`).
 */
import help from './help';
import howCounted from './howCounted';
import notice from './notice';
import panels from './panels';
import share from './share';
import table from './table';
import tooltip from './tooltip';

export default { panels, table, notice, help, howCounted, tooltip, share };
