/**
 * What the browser runs and styles with, as shipped. The site's one stylesheet
 * and one script are each served as a file named by its content hash
 * (`src/pages/[asset].ts`) and linked with a relative URL, so they are fetched
 * once and cached for every page, also from file:// and under a sub-path
 * (inlined into every page they made each page ~14 KB larger and the build
 * write a third more bytes). The search page's scripts, online (inlined) and
 * offline (`src/pages/offline/`), are put together here too.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildSync } from 'esbuild';
import css from '../styles/global.css?inline';

const named = (stem: string, text: string, ext: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${ext}`;

/** The stylesheet, as Vite processed it (minified in builds). */
export const STYLESHEET: string = css;
/** Its site path: `site-<hash>.css`, new whenever the styles change. */
export const STYLESHEET_PATH = named('site', css, 'css');

/**
 * A browser script as shipped: `entry` (a file of `src/client/`) with everything it imports, the library's
 * functions and packages included, bundled into one immediately run function and minified. A classic script,
 * since pages opened from disk (file://) refuse module scripts; each shipped script is one bundle, so the scripts
 * share code by importing it, never through globals. Bundled when this module loads (the site's and the 404 page's
 * script) or when their page renders (the search scripts): under `astro dev`, an edit to `site.ts` or `not-found.ts`
 * shows after a restart.
 */
export function bundleClientScript(entry: string, root: string = import.meta.env.BROADSHEET_ROOT ?? process.cwd()): string {
  const out = buildSync({
    entryPoints: [path.join(root, 'src', 'client', entry)],
    bundle: true, format: 'iife', minify: true, legalComments: 'none', charset: 'utf8', write: false,
    // es2017: syntax older browsers take (`?.` and `??` are lowered), so the theme, copy buttons and offline search
    // still work there; the scripts spread no objects, which would need helpers in every bundle.
    target: 'es2017',
    // Messages go into the error thrown; nothing is printed beside it.
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** The site's script, for every page (theme toggle, "/" shortcut, links from disk, copy buttons). */
export const SCRIPT: string = bundleClientScript('site.ts');
/** Its site path: `site-<hash>.js`. */
export const SCRIPT_PATH = named('site', SCRIPT, 'js');

/** The 404 page's script (inlined: a host serves that page at any address, where a relative file would not be found). */
export const NOT_FOUND_SCRIPT: string = bundleClientScript('not-found.ts');

/** A script file's response. */
export function scriptResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

/** `offline/search.js`: the offline search with MiniSearch and the stemmer the offline index was built with. */
export function offlineSearchScript(): string {
  return bundleClientScript('offline-search.ts');
}

/** The search page's own script (inlined: no second request before the first query): the online search, and the start that runs it or, from disk, the offline search. */
export function onlineSearchScript(): string {
  return bundleClientScript('search-page.ts');
}
