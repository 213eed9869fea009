/**
 * The French messages of the app: what the explorer's JavaScript loads (the site's frame, the
 * vocabulary, the explorer, timeline and map). The panels', the table's and the notice's
 * messages load with their components (`loadNamespace`).
 */
import explorer from './explorer';
import map from './map';
import site from './site';
import timeline from './timeline';
import vocab from './vocab';

export default { site, vocab, explorer, timeline, map };
