#!/usr/bin/env node
/**
 * `npm run build`: astro build into a scratch folder, then swap it into place.
 * A build that fails leaves the previous dist/ (or none) untouched, never a
 * half-written mix of old and new files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NODE_FLAGS, tuneAllocators } from './build-settings.mjs';

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
tuneAllocators(env);
const result = spawnSync(process.execPath, [...NODE_FLAGS, astro, 'build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
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
