/**
 * The slug of the list of papers no topic fits: a tag page and a search
 * filter value, never a topic pill. Its own module, importing nothing, so the
 * browser scripts share it without the rest of the site model.
 */
export const UNTAGGED = 'untagged';
