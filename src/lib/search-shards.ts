/**
 * The search index is split into shards of a bounded number of papers, built
 * one after another so Pagefind's memory stays bounded however large the
 * corpus, and merged at search time (Pagefind's `mergeIndex`). The page and
 * the indexer compute the same layout from the same paper count.
 */

/** Papers per search shard (`BROADSHEET_SEARCH_SHARD_SIZE` overrides). */
export const DEFAULT_SHARD_SIZE = 5000;

/** Shard size from the environment. */
export function shardSize(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.BROADSHEET_SEARCH_SHARD_SIZE);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_SHARD_SIZE;
}

/** Site paths of the shard bundles: `pagefind/`, then `pagefind-2/`, `pagefind-3/`… */
export function shardPaths(paperCount: number, size = shardSize()): string[] {
  const count = Math.max(1, Math.ceil(paperCount / size));
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'pagefind/' : `pagefind-${i + 1}/`));
}
