/**
 * Worker thread that builds the Pagefind index while the main thread renders
 * pages: with its own event loop, Pagefind's request/response round trips are
 * never held up behind page rendering. The index is built in shards (see
 * `search-shards.ts`), one after another, each in a fresh Pagefind process, so
 * memory stays bounded by the shard size. Reports `{ dir, count }` or `{ error }`.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchRecord } from '../lib/search-record.ts';
import { shardPaths, shardSize } from '../lib/search-shards.ts';
import { compareStrings } from '../lib/titles.ts';
import { readSiteModel } from '../loaders/read-site.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed at ${step}:\n  ${errors.join('\n  ')}`);
}

async function buildIndex(root: string): Promise<{ dir: string; count: number }> {
  const site = readSiteModel(root, { similar: false });
  const out = await mkdtemp(path.join(tmpdir(), 'broadsheet-pagefind-'));
  // Sorted, one at a time: Pagefind output is byte-stable only for a stable input order.
  const papers = [...site.papers].sort((a, b) => compareStrings(a.slug, b.slug));
  const size = shardSize();
  const shards = shardPaths(papers.length, size);
  for (const [i, shard] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    try {
      check('createIndex', errors);
      if (!index) throw new Error('Pagefind returned no index');
      for (const paper of papers.slice(i * size, (i + 1) * size)) {
        const { url, html } = searchRecord(paper, site);
        const added = await index.addHTMLFile({ url, content: html });
        check(`adding ${url}`, added.errors);
      }
      const written = await index.writeFiles({ outputPath: path.join(out, shard) });
      check('writeFiles', written.errors);
    } finally {
      // A fresh Pagefind process per shard: its memory goes with it.
      await pagefind.close();
    }
  }
  return { dir: out, count: papers.length };
}

buildIndex((workerData as { root: string }).root).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
);
