/**
 * Astro integration: the Pagefind search index, through Pagefind's Node API.
 * The pages hand over the site model as soon as they have built it
 * (`site-handoff.ts`), and it becomes one search document per paper; a worker thread
 * (`pagefind-worker.ts`) then indexes them on the second core while Astro
 * renders pages. `astro:build:done` waits for it and links the shard bundles
 * from the cache into the output. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchDocument } from '../lib/search-record.ts';
import { assignShards } from '../lib/search-shards.ts';
import { shardSize } from '../lib/site-config.ts';
import type { BuiltShard, IndexJob, ShardInput } from './pagefind-worker.ts';
import { enterHeavyLane } from '../workers/heavy-lane.ts';
import { runWorker } from '../workers/run-worker.ts';
import { listenForSiteModel } from './site-handoff.ts';

type Result = { shards: BuiltShard[]; count: number; built: number };

/** Cache entries unused for this long are deleted (a concurrent build may still be using a newer one). */
const CACHE_GRACE_MS = 10 * 60 * 1000;

/**
 * Starts the indexing worker. It asks for one shard's documents at a time, and
 * each is let go once handed over: the worker never holds the whole corpus.
 * Each shard is built in the heavy lane: asking for shard `i` means shard
 * `i - 1` is written and its Pagefind process gone, so the lane is handed on
 * (to the offline index, if it is waiting) before shard `i` takes it again.
 */
async function runIndexing(root: string, shards: (ShardInput | undefined)[], cacheDir: string): Promise<Result> {
  const job: IndexJob = { shardCount: shards.length, cacheDir };
  let leave: (() => void) | undefined;
  let finished = false;
  try {
    return await runWorker<Result>(path.join(root, 'src', 'integrations', 'pagefind-worker.ts'), job, async (i: number) => {
      leave?.();
      leave = undefined;
      const next = await enterHeavyLane();
      // The worker may have died while this waited: hand the lane straight on, or it is held forever.
      if (finished) {
        next();
        throw new Error('indexing stopped');
      }
      leave = next;
      const shard = shards[i];
      shards[i] = undefined;
      return shard;
    });
  } finally {
    finished = true;
    leave?.();
  }
}

/**
 * Hard-links a cached bundle into the output: no bytes copied, and nothing
 * writes to these files afterwards. Copies where links are impossible.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

/**
 * Deletes cached shards this build did not use, once they are old enough that
 * no other build is linking them. Each is first renamed aside, so an
 * interrupted deletion never leaves a partial shard under its key.
 */
async function pruneCache(cacheDir: string, used: Set<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [])) {
    const dir = path.join(cacheDir, name);
    if (used.has(dir)) continue;
    const info = await stat(dir).catch(() => null); // another build may have pruned or renamed it meanwhile
    if (!info || now - info.mtimeMs <= CACHE_GRACE_MS) continue;
    const trash = /\.(trash|tmp)-/.test(name) ? dir : `${dir}.trash-${process.pid}`;
    if (trash !== dir && !(await rename(dir, trash).then(() => true, () => false))) continue;
    await rm(trash, { recursive: true, force: true });
  }
}

/** The integration. */
export function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  let job: Promise<Result> | null = null;
  let started = 0;
  let stopListening = () => {};
  return {
    name: 'broadsheet-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'broadsheet-search');
        shardSize(); // a bad BROADSHEET_SEARCH_SHARD_SIZE stops the build before anything is rendered
      },
      'astro:build:start': () => {
        // An integration object may serve several builds in one process, and a failed build never reaches build:done.
        stopListening();
        job = null;
        stopListening = listenForSiteModel((site) => {
          if (job) return; // once per build
          started = performance.now();
          // A build indexes exactly what the pages show.
          // Only the shards are passed on: a parameter holding every document would keep them all until the last shard.
          job = runIndexing(root, assignShards(site.papers.map((p) => searchDocument(p, site)), shardSize()), cacheDir);
          job.catch(() => {}); // awaited (and reported) at astro:build:done
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopListening();
        if (!job) throw new Error('No search documents: no page built the site model (getSite).');
        const { shards, count, built } = await job;
        const now = new Date();
        for (const shard of shards) {
          const target = path.join(fileURLToPath(dir), shard.path);
          await utimes(shard.dir, now, now); // in use again: no other build prunes it while this one links it
          await rm(target, { recursive: true, force: true });
          await linkTree(shard.dir, target);
        }
        await pruneCache(cacheDir, new Set(shards.map((s) => s.dir)));
        const reused = shards.length - built;
        logger.info(`indexed ${count} paper pages in ${((performance.now() - started) / 1000).toFixed(1)}s in ${shards.length} shard(s), ${built} built and ${reused} reused (in parallel with page rendering)`);
      },
    },
  };
}
