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
import { Script } from 'node:vm';
import { buildSync, transformSync } from 'esbuild';
import notFound from '../client/not-found.ts?raw';
import offlineSearch from '../client/offline-search.ts?raw';
import pagefindSearch from '../client/pagefind-search.ts?raw';
import searchDom from '../client/search-dom.ts?raw';
import searchPage from '../client/search-page.ts?raw';
import script from '../client/site.ts?raw';
import css from '../styles/global.css?inline';

const named = (stem: string, text: string, ext: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${ext}`;

/** The stylesheet, as Vite processed it (minified in builds). */
export const STYLESHEET: string = css;
/** Its site path: `site-<hash>.css`, new whenever the styles change. */
export const STYLESHEET_PATH = named('site', css, 'css');

/**
 * A classic script as shipped: its types stripped (the browser scripts in
 * `src/client/` are TypeScript that imports types only, so nothing of a
 * module is left), and minified, since the sources carry their comments and
 * readers should not download them (the search page's scripts shrink from ~9
 * to ~5 KB gzip). Top-level names stay as written, so the scripts still find
 * each other's globals.
 */
export function minifyScript(source: string, loader: 'js' | 'ts' = 'ts'): string {
  // es2017: syntax older browsers take (`?.` and `??` are lowered), so the theme, copy buttons and offline search
  // still work there; the scripts spread no objects, which would need helpers in every script.
  const { code } = transformSync(source, { loader, minify: true, legalComments: 'none', charset: 'utf8', target: 'es2017' });
  try {
    // Compiled as a classic script: an import or export left (a value import) would make it a module, which pages
    // opened from disk refuse; the client scripts import types only.
    new Script(code);
  } catch (error) {
    throw new Error(`A browser script does not compile as a classic script (import types only, with \`import type\`): ${(error as Error).message}`);
  }
  return code;
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

/** The 404 page's script (inlined: a host serves that page at any address, where a relative file would not be found). */
export const NOT_FOUND_SCRIPT: string = minifyScript(notFound);

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
  return `${minifyScript(readFileSync(umd, 'utf8'), 'js')}\n${stemmer}`;
}

/** `offline/search.js`: the DOM both searches share, then the offline search itself. */
export function offlineSearchScript(): string {
  return `${minifyScript(searchDom)}\n${minifyScript(offlineSearch)}`;
}

/**
 * The search page's own script (inlined: no second request before the first query): the shared DOM, Pagefind's glue,
 * and the start that runs either it or, from disk, the offline search.
 */
export function onlineSearchScript(): string {
  return [searchDom, pagefindSearch, searchPage].map((s) => minifyScript(s)).join('\n');
}
