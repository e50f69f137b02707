/**
 * Astro integration: the Pagefind search index, through Pagefind's Node API.
 * Indexing starts at `astro:build:start` in a worker thread (see
 * `pagefind-worker.ts`), from the site model (one small search document per
 * paper, `search-record.ts`), so it runs on the second core while Astro
 * renders pages; `astro:build:done` waits for it and moves the bundle into
 * place. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { cp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

type Result = { dir: string; count: number };

/** Starts the worker; resolves with its result or rejects with its error. */
function startIndexing(root: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(root, 'src', 'integrations', 'pagefind-worker.ts'), { workerData: { root } });
    worker.once('message', (m: Result | { error: string }) => ('error' in m ? reject(new Error(m.error)) : resolve(m)));
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`search indexing worker exited with ${code}`)); });
  });
}

/** The integration. */
export function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  let job: Promise<Result> | null = null;
  let started = 0;
  const start = () => {
    started = performance.now();
    job = startIndexing(root);
    job.catch(() => {}); // awaited (and reported) at astro:build:done
    return job;
  };
  return {
    name: 'broadsheet-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); },
      'astro:build:start': () => { start(); },
      'astro:build:done': async ({ dir, logger }) => {
        const { dir: built, count } = await (job ?? start());
        const shards = await readdir(built);
        for (const shard of shards) {
          const from = path.join(built, shard);
          const target = path.join(fileURLToPath(dir), shard);
          await rm(target, { recursive: true, force: true });
          await rename(from, target).catch(async (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EXDEV') throw error;
            await cp(from, target, { recursive: true });
          });
        }
        await rm(built, { recursive: true, force: true });
        logger.info(`indexed ${count} paper pages in ${((performance.now() - started) / 1000).toFixed(1)}s in ${shards.length} shard(s) (in parallel with page rendering)`);
      },
    },
  };
}
