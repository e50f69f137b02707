/**
 * The search page's script (inlined into the page, bundled with the online
 * search): Pagefind online; from disk (file://), where Pagefind cannot run
 * (it needs fetch and modules), the offline search, its index and script
 * loaded one after the other as classic scripts.
 */
import { startPagefindSearch } from './pagefind-search.ts';
import type { PagefindSearchOptions } from './types.ts';

window.broadsheetSearchPage = function (o: PagefindSearchOptions) {
  if (location.protocol !== 'file:') {
    startPagefindSearch(o);
    return;
  }
  const page = document.querySelector('.search-layout');
  const box = document.getElementById('search');
  if (!page || !box) throw new Error('The search page has no .search-layout or #search');
  // Taken out, its choices kept: the offline search offers the same ones (pageField).
  page.remove();
  const files = ['index.js', 'search.js'];
  const load = function (file: string, onload: () => void) {
    const s = document.createElement('script');
    s.src = '../offline/' + file;
    s.onload = onload;
    document.head.appendChild(s);
    return s;
  };
  const next = function () {
    const file = files.shift();
    if (!file) {
      const offline = window.broadsheetOfflineSearch(box, page);
      // Teasers come after the first results, which never wait for them (an older copy may have none).
      load('teasers.js', function () { offline.addTeasers(window.BroadsheetOfflineTeasers); });
      return;
    }
    load(file, next).onerror = function () { box.textContent = 'The offline search index is missing from this copy of the site.'; };
  };
  next();
};
