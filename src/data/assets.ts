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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import offlineSearch from '../client/offline-search.js?raw';
import pagefindSearch from '../client/pagefind-search.js?raw';
import searchDom from '../client/search-dom.js?raw';
import script from '../client/site.js?raw';
import css from '../styles/global.css?inline';

const named = (stem: string, text: string, ext: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${ext}`;

/** The stylesheet, as Vite processed it (minified in builds). */
export const STYLESHEET: string = css;
/** Its site path: `site-<hash>.css`, new whenever the styles change. */
export const STYLESHEET_PATH = named('site', css, 'css');

/**
 * A classic script as shipped: minified, since the sources carry their
 * comments and readers should not download them (the search page's scripts
 * shrink from ~9 to ~5 KB gzip). Top-level names stay as written, so the
 * scripts still find each other's globals.
 */
export function minifyScript(source: string): string {
  // es2017: never shorter syntax than the sources use (`??`, `?.`), which older browsers would refuse.
  return transformSync(source, { loader: 'js', minify: true, legalComments: 'none', charset: 'utf8', target: 'es2017' }).code;
}

/**
 * A classic script made of ES module code (`entry`, its imports resolved from `resolveDir`): bundled and minified
 * into one immediately run function, for pages opened from disk, where module scripts do not load.
 */
export function bundleClassicScript(entry: string, resolveDir: string): string {
  const out = buildSync({
    stdin: { contents: entry, resolveDir, loader: 'js' },
    bundle: true, format: 'iife', minify: true, legalComments: 'none', charset: 'utf8', target: 'es2017', write: false,
  });
  return out.outputFiles[0]!.text;
}

/** The classic script (theme toggle, "/" shortcut, links from disk, copy buttons). */
export const SCRIPT: string = minifyScript(script);
/** Its site path: `site-<hash>.js`. */
export const SCRIPT_PATH = named('site', SCRIPT, 'js');

/** A script file's response. */
export function scriptResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}

/**
 * `offline/minisearch.js`: MiniSearch's UMD build (it defines a global MiniSearch for classic scripts; the package's
 * exports map hides it from imports), then the stemmer the offline index was built with (`offlineTerm`), for the
 * query words.
 */
export function offlineLibraryScript(): string {
  const require = createRequire(import.meta.url);
  const umd = path.join(path.dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  const stemmer = bundleClassicScript(`import { stem } from 'porter2'; window.BroadsheetStem = stem;`, path.dirname(require.resolve('porter2')));
  return `${minifyScript(readFileSync(umd, 'utf8'))}\n${stemmer}`;
}

/** `offline/search.js`: the DOM both searches share, then the offline search itself. */
export function offlineSearchScript(): string {
  return minifyScript(`${searchDom}\n${offlineSearch}`);
}

/** The search page's own script (inlined: no second request before the first query): the shared DOM, then Pagefind's glue. */
export function onlineSearchScript(): string {
  return minifyScript(`${searchDom}\n${pagefindSearch}`);
}
