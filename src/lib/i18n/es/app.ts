/**
 * The Spanish messages of the app: what the explorer's JavaScript loads (the site's frame, the
 * vocabulary, the explorer, timeline, map and panels).
 */
import explorer from './explorer';
import map from './map';
import panels from './panels';
import site from './site';
import timeline from './timeline';
import vocab from './vocab';

export default { site, vocab, explorer, timeline, map, panels };
