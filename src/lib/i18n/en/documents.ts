/**
 * The English messages of the documents: the About, event and country pages and the preview images.
 * They are rendered on the server only, so the explorer's JavaScript never loads them.
 */
import about from './about';
import cards from './cards';
import pages from './pages';

export default { pages, about, cards };
