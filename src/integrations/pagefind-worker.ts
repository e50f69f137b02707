/**
 * Worker thread that builds the Pagefind index from the search documents the
 * pages handed over, while the main thread renders pages: with its own event
 * loop, Pagefind's request/response round trips are never held up behind page
 * rendering. Shards (`search-shards.ts`) are built one after another, each in
 * a fresh Pagefind process, and the worker asks for each shard's documents
 * only when it starts on it, so its memory stays bounded by the shard size.
 * Each shard is kept in the cache under its content key: an unchanged shard
 * is reused, not rebuilt. Reports `{ shards, count, built }`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchHtml, type SearchDocument } from '../lib/search-record.ts';
import { shardKey } from '../lib/search-shards.ts';
import { askParent, replyToParent } from '../workers/run-worker.ts';

/** What the integration passes in. */
export interface IndexJob {
  /** How many shards to build; the worker asks for shard `i`'s documents with `i`. */
  shardCount: number;
  /** Folder of cached shard bundles, one per content key. */
  cacheDir: string;
}

/** One shard's documents, as the integration answers the worker's question. */
export interface ShardInput {
  path: string;
  docs: SearchDocument[];
}

/** One shard of the result: its site path and the cached bundle to link there. */
export interface BuiltShard {
  path: string;
  dir: string;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed at ${step}:\n  ${errors.join('\n  ')}`);
}

/** Pagefind's version and our options: part of every shard key, so an upgrade rebuilds every shard. */
async function indexerId(): Promise<string> {
  const manifest = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return `pagefind ${version} forceLanguage=en`;
}

async function buildShard(records: { url: string; html: string }[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    // One at a time, in shard order: Pagefind output is byte-stable only for a stable input order.
    for (const { url, html } of records) check(`adding ${url}`, (await index.addHTMLFile({ url, content: html })).errors);
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    // A fresh Pagefind process per shard: its memory goes with it.
    await pagefind.close();
  }
}

async function buildIndex({ shardCount, cacheDir }: IndexJob): Promise<{ shards: BuiltShard[]; count: number; built: number }> {
  const indexer = await indexerId();
  await mkdir(cacheDir, { recursive: true });
  const shards: BuiltShard[] = [];
  let built = 0;
  let count = 0;
  for (let i = 0; i < shardCount; i++) {
    const shard = await askParent<ShardInput>(i);
    count += shard.docs.length;
    const records = shard.docs.map((d) => ({ url: d.url, html: searchHtml(d) }));
    const dir = path.join(cacheDir, shardKey(records, indexer));
    if (existsSync(path.join(dir, 'pagefind-entry.json'))) {
      const now = new Date();
      await utimes(dir, now, now); // marks it as in use, so pruning keeps it
    } else {
      // Written aside and renamed into place: a cache entry is complete or absent.
      const scratch = `${dir}.tmp-${process.pid}-${threadId}`;
      await rm(scratch, { recursive: true, force: true });
      await buildShard(records, scratch);
      await rename(scratch, dir).catch(async (error: NodeJS.ErrnoException) => {
        // Another build made the same shard meanwhile (a complete one: entries only ever appear by rename): keep theirs.
        if ((error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') || !existsSync(path.join(dir, 'pagefind-entry.json'))) throw error;
        await rm(scratch, { recursive: true, force: true });
      });
      built++;
    }
    shards.push({ path: shard.path, dir });
  }
  return { shards, count, built };
}

// A failure is thrown out of the worker: the integration's `runWorker` rejects with it.
replyToParent(await buildIndex(workerData as IndexJob));
