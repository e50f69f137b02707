/**
 * What the browser runs and styles with, as shipped. The site's one stylesheet
 * and one script are each served as a file named by its content hash
 * (`src/pages/[asset].ts`) and linked with a relative URL, so they are fetched
 * once and cached for every page, also from file:// and under a sub-path
 * (inlined into every page they made each page ~14 KB larger and the build
 * write a third more bytes). The search page's scripts, online (inlined) and
 * offline (`src/pages/offline/`), are here too. Each script is a bundle of its
 * entry in `src/client/` (`?bundle`: `integrations/client-bundles.ts`).
 */
import { createHash } from 'node:crypto';
import notFound from '../client/not-found.ts?bundle';
import offlineSearch from '../client/offline-search.ts?bundle';
import searchPage from '../client/search-page.ts?bundle';
import site from '../client/site.ts?bundle';
import css from '../styles/global.css?inline';

const named = (stem: string, text: string, ext: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${ext}`;

/** The stylesheet, as Vite processed it (minified in builds). */
export const STYLESHEET: string = css;
/** Its site path: `site-<hash>.css`, new whenever the styles change. */
export const STYLESHEET_PATH = named('site', css, 'css');

/** The site's script, for every page (theme toggle, "/" shortcut, links from disk, copy buttons). */
export const SCRIPT: string = site;
/** Its site path: `site-<hash>.js`. */
export const SCRIPT_PATH = named('site', SCRIPT, 'js');

/** The 404 page's script (inlined: a host serves that page at any address, where a relative file would not be found). */
export const NOT_FOUND_SCRIPT: string = notFound;

/** A script file's response. */
export function scriptResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

/** `offline/search.js`: the offline search with MiniSearch and the stemmer the offline index was built with. */
export const OFFLINE_SEARCH_SCRIPT: string = offlineSearch;

/** The search page's own script (inlined: no second request before the first query): the online search, and the start that runs it or, from disk, the offline search. */
export const SEARCH_PAGE_SCRIPT: string = searchPage;
