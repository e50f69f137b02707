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
 * Once content sync is done, it also lets go of the store the sync filled:
 * Astro's content layer singleton keeps it for the whole build (a second copy
 * of every entry beside the one the bundle reads; with the digest loaders'
 * corpus, ~130 MB of old space at 30,000 papers),
 * though in a build nothing reads it after the sync.
 *
 * Relies on Astro's internal module id `astro:data-layer-content` and on its
 * internal `globalContentLayer`: if a future Astro changes either, the build
 * fails here rather than quietly going back to holding the store twice.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's content layer singleton, as `astro/dist/content/instance.js` exports it. */
interface ContentLayerSingleton {
  get: () => unknown;
  dispose: () => void;
}

/**
 * Drops Astro's content layer (and the store it holds) after the build's
 * content sync. The module is imported by its file URL, which is the module
 * instance Astro itself loaded: the package's exports do not list it.
 */
export async function releaseContentLayer(astroEntry = import.meta.resolve('astro')): Promise<void> {
  const url = new URL('./content/instance.js', astroEntry).href;
  const { globalContentLayer } = (await import(url)) as { globalContentLayer?: Partial<ContentLayerSingleton> };
  if (typeof globalContentLayer?.get !== 'function' || typeof globalContentLayer.dispose !== 'function') {
    throw new Error(`${url} no longer exports globalContentLayer with get() and dispose(): see src/integrations/data-store-on-disk.ts.`);
  }
  // Right after a sync there is a content layer; none means this is not the module Astro uses.
  if (!globalContentLayer.get()) throw new Error(`${url} holds no content layer after content sync: not the instance Astro uses (see src/integrations/data-store-on-disk.ts).`);
  globalContentLayer.dispose();
}

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
      // Astro syncs content before this hook, and reads its store only through the bundle after it.
      'astro:build:start': async () => releaseContentLayer(),
      'astro:build:done': () => {
        if (!loaded) throw new Error(`${VIRTUAL_ID} was never loaded: Astro no longer bundles the data store this way (see src/integrations/data-store-on-disk.ts).`);
      },
    },
  };
}
