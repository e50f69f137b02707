/**
 * The search index is split into shards of a bounded number of papers, built
 * one after another so Pagefind's memory stays bounded however large the
 * corpus, and merged at search time (Pagefind's `mergeIndex`). The page and
 * the indexer compute the same layout from the same paper count.
 *
 * Papers fill the shards in the order they first appeared, so a new digest
 * adds to the last shard and leaves the others as they were: a shard whose
 * content key is unchanged is reused from the previous build.
 */
import { createHash } from 'node:crypto';
import { shardSize } from './site-config.ts';
import { compareStrings } from './titles.ts';

/** Site paths of the shard bundles: `pagefind/`, then `pagefind-2/`, `pagefind-3/`… */
export function shardPaths(paperCount: number, size = shardSize()): string[] {
  const count = Math.max(1, Math.ceil(paperCount / size));
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
}

/**
 * Splits documents into shards: ordered by first appearance, then URL (a total
 * order, so the same papers always give the same shards, byte for byte).
 */
export function assignShards<T extends { firstSeen: string; url: string }>(docs: readonly T[], size = shardSize()): { path: string; docs: T[] }[] {
  const ordered = [...docs].sort((a, b) => compareStrings(a.firstSeen, b.firstSeen) || compareStrings(a.url, b.url));
  return shardPaths(ordered.length, size).map((p, i) => ({ path: p, docs: ordered.slice(i * size, (i + 1) * size) }));
}

/** Content key of a shard: changes whenever anything Pagefind is given (or how) changes. */
export function shardKey(records: readonly { url: string; html: string }[], indexer: string): string {
  const hash = createHash('sha256').update(indexer);
  for (const r of records) hash.update('\0').update(r.url).update('\0').update(r.html);
  return hash.digest('hex').slice(0, 32);
}
