/**
 * How Broadsheet builds with Astro: the output options of `astro.config.mjs`,
 * and the Node flags and allocator settings `npm run build` starts Astro with.
 * Shared with the bench's Astro-alone floor (`npm run bench -- --floor`), so
 * that the two are measured under the same settings.
 */

/** Astro's `trailingSlash` and `build` options. */
export const OUTPUT_OPTIONS = {
  trailingSlash: /** @type {const} */ ('always'),
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
 * Sets the allocator variables a build runs with (each only when unset, so a caller can try others).
 * @param {Record<string, string | undefined>} env
 */
export function tuneAllocators(env) {
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
