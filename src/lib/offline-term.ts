/**
 * How the offline search sees a word. Its own module, importing only the
 * stemmer, because the browser's offline search bundles the very same function
 * for its query words.
 */
import { stem } from 'porter2';

/**
 * A word as the offline index holds it: lower-cased and stemmed with Porter2, the Snowball English stemmer Pagefind
 * uses online, so "learning" finds "learned" and "learns" offline too. The offline search page stems every query word
 * with it (src/client/offline-search.ts).
 */
export function offlineTerm(term: string): string {
  return stem(term.toLowerCase());
}
