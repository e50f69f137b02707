#!/usr/bin/env node
/**
 * `npm run build`: astro build into a scratch folder, then swap it into place.
 * A build that fails leaves the previous dist/ (or none) untouched, never a
 * half-written mix of old and new files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SITE_URL } from '../src/lib/site-config.ts';
import { astroEnvironment, NODE_FLAGS } from './build-settings.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.DIST_DIR || 'dist');
// Scratch folders beside the output, on the same file system, so the swap is two renames.
const next = `${outDir}.build-${process.pid}`;
const old = `${outDir}.old-${process.pid}`;
mkdirSync(path.dirname(outDir), { recursive: true });
rmSync(next, { recursive: true, force: true });

const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = astroEnvironment(process.env, root);
// Where the previous site is: unchanged pages are linked from it instead of rendered (src/integrations/page-reuse.ts).
env.BROADSHEET_PUBLISH_DIR = outDir;
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
// Permanent links are only as good as the origin they name: say so while it is the placeholder.
if (!process.env.SITE_URL?.trim()) {
  console.warn(`note: SITE_URL is not set, so canonical links, og:url, citations, feeds, the sitemap and robots.txt name ${DEFAULT_SITE_URL}; set SITE_URL=https://your.host when building a site to publish.`);
}
