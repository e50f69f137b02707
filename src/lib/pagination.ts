/**
 * Long lists (all papers, a busy topic) are split into pages of a fixed size
 * so no page grows with the corpus. Page 1 lives at the list's own path,
 * page n at `<path>page-<n>/`; paper slugs of that shape are reserved (see
 * `assignSlugs`) so the two can never collide.
 */
import { formatCount } from './counts.ts';

/** Papers per list page. */
export const PAGE_SIZE = 100;

/** Slugs a paper may not take because list pages use them. */
export const RESERVED_SLUG = /^page-\d+$/;

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Site path of this page. */
  path: string;
  /** Site path of the list (its first page), which `pagePath` extends for the others. */
  base: string;
  prev: string | null;
  next: string | null;
  /** Index of the first item, 0-based, for numbering. */
  offset: number;
}

/** Site path of page `n` of the list at `base` (`papers/`). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page-${n}/`;
}

/** Splits items into pages (always at least one, possibly empty). */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`paginate: expected a page size that is a whole number ≥ 1, found ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    path: pagePath(base, i + 1),
    base,
    prev: i > 0 ? pagePath(base, i) : null,
    next: i + 1 < count ? pagePath(base, i + 2) : null,
    offset: i * size,
  }));
}

/** A list page's title: the list's own, with ", page 2" after it from the second page on. */
export function titlePage(title: string, page: Pick<ListPage<unknown>, 'number'>): string {
  return page.number === 1 ? title : `${title}, page ${formatCount(page.number)}`;
}

/**
 * A list page's meta description: the list's own, with "Page 2 of 5." after it from the second page on, so that
 * search results and link previews of a list's pages tell them apart.
 */
export function describePage(description: string, page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
  return page.number === 1 ? description : `${description.trimEnd()} Page ${formatCount(page.number)} of ${formatCount(page.count)}.`;
}

/**
 * The page numbers a list's pager links: the first and the last, and `around` on either side of the current page;
 * `null` where numbers are left out. A single number left out is shown instead of a gap, which would take its place.
 * `pageNumbers(50, 100)` → 1, null, 48, 49, 50, 51, 52, null, 100.
 */
export function pageNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) out.push(n - 1);
    else if (before !== undefined && n - before > 2) out.push(null);
    out.push(n);
  }
  return out;
}
