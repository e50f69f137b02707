/**
 * What a search can sort by and the sort value of each paper: shared by the
 * search index (search-record.ts writes the values), the search page (its
 * choices) and the browser scripts, which merge shards and sort offline
 * results by the same rule. It imports nothing, so the browser bundles take
 * it without the rest of the library.
 */

/**
 * The search page's sort choices, online and offline: `key:direction` with a key each search document
 * carries as a sort value (`upvotes`, `newest`, `oldest`), so one choice means the same in both.
 */
export const SEARCH_SORTS = [
  { value: '', label: 'Relevance' },
  { value: 'upvotes:desc', label: 'Upvotes' },
  { value: 'newest:desc', label: 'Publication date, newest' },
  { value: 'oldest:asc', label: 'Publication date, oldest' },
] as const;

/** Sort values of a paper without a date: after every date, newest first (`newest:desc`) or oldest first (`oldest:asc`). */
const UNDATED = { newest: '0000-00-00', oldest: '9999-12-31' } as const;

/**
 * How each sort key's value is made from a search document's metadata: the
 * metadata key, the value when a paper has none, and a width numbers are
 * zero-padded to, so values compare as strings. The online search page reads
 * sort values back from results by the same rule: it
 * merges shards itself, since Pagefind ranks a sort within each index only.
 */
export const SORT_VALUES = {
  newest: { meta: 'published', absent: UNDATED.newest, width: 0 },
  oldest: { meta: 'published', absent: UNDATED.oldest, width: 0 },
  // '000000-' sorts below '0000000': a paper whose upvotes the digest lacks comes after those with none, as offline.
  upvotes: { meta: 'upvotes', absent: '-', width: 7 },
} as const;
/** What a search can sort by, as the search address names it (`?sort=newest:desc`). */
export type SortKey = keyof typeof SORT_VALUES;

/** The sort value `key` gives a paper whose metadata value is `metaValue` (undefined when it has none). */
export function sortValue(key: SortKey, metaValue: string | undefined): string {
  const spec = SORT_VALUES[key];
  return (metaValue ?? spec.absent).padStart(spec.width, '0');
}
