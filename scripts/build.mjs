#!/usr/bin/env node
/**
 * `npm run build`: astro build into a scratch folder, then swap it into place.
 * A build that fails leaves the previous dist/ (or none) untouched, never a
 * half-written mix of old and new files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.DIST_DIR || 'dist');
// Scratch folders beside the output, on the same file system, so the swap is two renames.
const next = `${outDir}.build-${process.pid}`;
const old = `${outDir}.old-${process.pid}`;
mkdirSync(path.dirname(outDir), { recursive: true });
rmSync(next, { recursive: true, force: true });

const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// A production build whoever calls it: test runners export NODE_ENV=test, DEV=1,
// MODE, BASE_URL… which Vite would read into import.meta.env.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
env.NODE_ENV = 'production';
// Node keeps the compiled code of Astro, Vite and the rest between builds (keyed by content, so never stale):
// it starts the build about a second sooner.
env.NODE_COMPILE_CACHE ??= path.join(root, 'node_modules', '.cache', 'broadsheet-node-compile');
// Where the previous site is: unchanged pages are linked from it instead of rendered (src/integrations/page-reuse.ts).
env.BROADSHEET_PUBLISH_DIR = outDir;
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
// V8 sizes each thread's young generation by the machine's memory (up to 3 × 32 MB semi-spaces per
// isolate, and the build runs four isolates); almost everything a page render allocates dies young, so
// small semi-spaces cost little collection time and keep ~300 MB less resident at 30,000 papers.
const nodeFlags = ['--max-semi-space-size=4'];
const result = spawnSync(process.execPath, [...nodeFlags, astro, 'build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nbuild failed: ${path.relative(root, outDir)}/ was left as it was.`);
  process.exit(result.status ?? 1);
}
const hadPrevious = existsSync(outDir);
if (hadPrevious) renameSync(outDir, old);
try {
  renameSync(next, outDir);
} catch (error) {
  if (hadPrevious) renameSync(old, outDir); // put the previous site back
  rmSync(next, { recursive: true, force: true });
  throw error;
}
// The new site is in place: the previous one is deleted in the background (seconds for a large site).
if (hadPrevious) spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', old], { detached: true, stdio: 'ignore' }).unref();
console.log(`site written to ${path.relative(root, outDir) || outDir}/`);
