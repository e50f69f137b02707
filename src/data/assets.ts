/**
 * The site's one stylesheet and one script, each served as a file named by
 * its content hash (`src/pages/[asset].ts`) and linked with a relative URL, so
 * they are fetched once and cached for every page, also from file:// and
 * under a sub-path. Inlined into every page they made each page ~14 KB larger
 * and the build write a third more bytes.
 */
import { createHash } from 'node:crypto';
import { buildSync, transformSync } from 'esbuild';
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
