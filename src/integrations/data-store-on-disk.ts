/**
 * Astro integration: in a build, the server bundle reads the content data
 * store from disk instead of carrying it.
 *
 * Astro 7 inlines the whole data store into the server bundle as one string
 * literal (`export default JSON.parse("…")`). At 30,000 papers that is 67 MB
 * of JSON, which the build process then holds several times over until it
 * ends: as the bundled module's source (twice the size, as a two-byte
 * string), as the interned literal, and in the memory of the WebAssembly
 * import scanner that read the chunk, besides what the bundler spent on it.
 * The bundle only ever runs inside this build, on this machine, right after
 * content sync wrote the file, so reading the file at that point gives the
 * same data at a fraction of the memory and bundling time.
 *
 * Relies on Astro's internal module id `astro:data-layer-content`: if a
 * future Astro stops asking for it, the build fails here rather than quietly
 * going back to the inlined copy.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const VIRTUAL_ID = 'astro:data-layer-content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DATA_STORE_FILE = 'data-store.json';

/** The module that replaces the inlined store: reads the file the content sync wrote. */
export function dataStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/** The integration. */
export function dataStoreOnDisk(): AstroIntegration {
  let loaded = false;
  return {
    name: 'broadsheet-data-store-on-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        loaded = false;
        updateConfig({
          vite: {
            plugins: [{
              name: 'broadsheet:data-store-on-disk',
              enforce: 'pre',
              // A hook ordered 'pre' runs before Astro's own load hook for this id, which would read, parse
              // and re-quote the whole store (1.5 s and a few hundred MB at 30,000 papers) only to be replaced.
              load: {
                order: 'pre',
                handler(id) {
                  if (id !== RESOLVED_ID) return null;
                  loaded = true;
                  return { code: dataStoreModule(file), map: { mappings: '' } };
                },
              },
            }],
          },
        });
      },
      'astro:build:done': () => {
        if (!loaded) throw new Error(`${VIRTUAL_ID} was never loaded: Astro no longer bundles the data store this way (see src/integrations/data-store-on-disk.ts).`);
      },
    },
  };
}
