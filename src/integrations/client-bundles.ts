/**
 * Vite plugin: `import code from '../client/site.ts?bundle'` gives the browser
 * script `site.ts` as shipped, a string: the entry with everything it imports
 * (the library's functions, packages) bundled by esbuild into one immediately
 * run function, minified. A classic script, since pages opened from disk
 * (file://) refuse module scripts; each shipped script is one bundle, so the
 * scripts share code by importing it, never through globals. Vite watches
 * every file a bundle read, so `astro dev` bundles again after an edit.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';
// Vite comes with Astro, whose own public types import it.
import type { Plugin } from 'vite';

const QUERY = '?bundle';

/** A browser script as shipped, from its entry file (an absolute path), and every file the bundle read. */
export function bundleClientScript(entry: string): { code: string; inputs: string[] } {
  const cwd = path.dirname(entry);
  const out = buildSync({
    entryPoints: [entry], absWorkingDir: cwd, metafile: true,
    bundle: true, format: 'iife', minify: true, legalComments: 'none', charset: 'utf8', write: false,
    // es2017: syntax older browsers take (`?.` and `??` are lowered), so the theme, copy buttons and offline search
    // still work there; the scripts spread no objects, which would need helpers in every bundle.
    target: 'es2017',
    // Messages go into the error thrown; nothing is printed beside it.
    logLevel: 'silent',
  });
  return { code: out.outputFiles[0]!.text, inputs: Object.keys(out.metafile.inputs).map((input) => path.resolve(cwd, input)) };
}

/** The plugin, for Astro's Vite config and the unit tests'. */
export function clientBundles(): Plugin {
  return {
    name: 'broadsheet:client-bundles',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const { code, inputs } = bundleClientScript(id.slice(0, -QUERY.length));
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
