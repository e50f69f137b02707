/**
 * How Broadsheet builds with Astro: the output options of `astro.config.mjs`,
 * and the Node flags and environment `npm run build` starts Astro with.
 * Shared with the bench's Astro-alone floor (`npm run bench -- --floor`), so
 * that the two are measured under the same settings.
 */
import path from 'node:path';

/** Astro's `trailingSlash` and `build` options. */
export const OUTPUT_OPTIONS = {
  // Every page is a folder (`format: 'directory'`) and the site writes its own links, so the built site is the same
  // with 'always'; but 'always' made `astro dev` answer 404 for the stylesheet and script (`site-<hash>.css`).
  trailingSlash: /** @type {const} */ ('ignore'),
  build: {
    format: /** @type {const} */ ('directory'),
    // Overlap file writes with rendering.
    concurrency: 4,
    // Pages carry no Astro-bundled CSS: the stylesheet is one file linked relatively (src/data/assets.ts).
    inlineStylesheets: /** @type {const} */ ('never'),
  },
};

/**
 * V8 sizes each thread's young generation by the machine's memory (up to 3 × 32 MB semi-spaces per
 * isolate, and the build runs four isolates); almost everything a page render allocates dies young, so
 * small semi-spaces cost little collection time and keep ~300 MB less resident at 30,000 papers.
 */
export const NODE_FLAGS = ['--max-semi-space-size=4'];

/**
 * The environment Astro builds in: `base` (the caller's) without what test runners export, a
 * production build, Node's compile cache under `root`'s node_modules, and the allocator settings
 * (each of those three only when unset, so a caller can try others).
 * @param {Record<string, string | undefined>} base
 * @param {string} root the project whose node_modules Astro runs from
 */
export function astroEnvironment(base, root) {
  // A production build whoever calls it: test runners export NODE_ENV=test, DEV=1,
  // MODE, BASE_URL… which Vite would read into import.meta.env.
  const env = Object.fromEntries(Object.entries(base).filter(([k]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
  env.NODE_ENV = 'production';
  // Node keeps the compiled code of Astro, Vite and the rest between builds (keyed by content, so never stale):
  // it starts the build about a second sooner.
  env.NODE_COMPILE_CACHE ??= path.join(root, 'node_modules', '.cache', 'broadsheet-node-compile');
  // The bundler (Rolldown, native) allocates with mimalloc, which by default keeps freed memory
  // for a while; it is done after the first seconds, so give that memory back at once (~150 MB at 30k papers).
  env.MIMALLOC_PURGE_DELAY ??= '0';
  // …and by default it commits its 1 GiB arena up front, so purging only marks pages free, and ~140 MB of
  // the bundler's pages stayed resident through rendering; committed on demand, purged pages leave the process.
  env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
  // glibc raises its mmap threshold after the first large free, so later large buffers (page bodies,
  // papers.json, the offline index) come from the heap and stay resident for the rest of the build;
  // a fixed threshold maps them and gives them back when freed (~200 MB less at 30,000 papers).
  env.MALLOC_MMAP_THRESHOLD_ ??= '131072';
  env.MALLOC_TRIM_THRESHOLD_ ??= '131072';
  return env;
}
