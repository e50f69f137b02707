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
import { compareStrings } from './titles.ts';

/**
 * Papers per search shard (`BROADSHEET_SEARCH_SHARD_SIZE` overrides). Pagefind
 * holds ~145 KB per paper while it indexes, so a shard of 3,500 needs ~0.5 GB
 * beside the page build; each shard adds one index chunk (~20 KB) to a first
 * query, and 3 shards keep a 10,000-paper site's first query under 300 KB.
 */
export const DEFAULT_SHARD_SIZE = 3500;

/**
 * Shard size from the environment: unset or empty means the default; anything
 * but a positive whole number is an error, since falling back silently would
 * leave a build with a layout nobody asked for.
 */
export function shardSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.BROADSHEET_SEARCH_SHARD_SIZE?.trim();
  if (!raw) return DEFAULT_SHARD_SIZE;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`BROADSHEET_SEARCH_SHARD_SIZE must be a whole number of papers per search shard (at least 1), got "${raw}"`);
  }
  return Number(raw);
}

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
