/**
 * Paper identity and URLs. A paper is identified by its normalized title; its
 * URL slug is made from its title as first listed, so the same paper keeps its
 * URL as later digests are added, however they spell it.
 */
import slugify from '@sindresorhus/slugify';
import { pushTo } from './map-lists.ts';
import { RESERVED_SLUG } from './pagination.ts';

/** Compares strings by code unit: the same order on every machine, whatever its locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares names as a reader looks them up: ignoring case, then by code unit (so the order is total). */
export function compareNames(a: string, b: string): number {
  return compareStrings(a.toLowerCase(), b.toLowerCase()) || compareStrings(a, b);
}

/** Longest slug before cutting at a word boundary. */
export const SLUG_MAX = 80;

/**
 * Identity key of a title: compatibility forms, case, accents (also LaTeX's,
 * `Fr\'echet`), spaces, punctuation and LaTeX's `$`, `^` dropped, so
 * `Data-free`, `Data free`, `DATA–FREE`, `Naïve`, `Naive` and `$\ell_\infty$`,
 * `ell_infty` name one paper; mathematical symbols and `#` stay, so `(1+λ)`
 * and `(1,λ)`, `A > B` and `A < B`, `C++` and `C#` name two.
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/\\['`"^~=.uvHc]\{?(\p{L})\}?/gu, '$1')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{Sm}#]+/gu, '');
}

/**
 * URL slug of a title: ASCII-folded, lowercase, hyphenated, at most
 * {@link SLUG_MAX} characters cut at a word boundary. Never empty.
 */
export function slugifyTitle(title: string): string {
  const full = slugify(title.normalize('NFKC'), { decamelize: false });
  if (full.length <= SLUG_MAX) return full || 'paper';
  const cut = full.slice(0, SLUG_MAX + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : full.slice(0, SLUG_MAX);
}

/**
 * Short stable suffix from a normalized title (FNV-1a 32-bit, base 36): same
 * title, same suffix, everywhere. Always 7 characters starting with 0 or 1
 * (2^32 - 1 is `1z141z3`): the not-found page strips such a suffix from a
 * missing paper address to find the paper it meant.
 */
export function titleHash(normalized: string): string {
  let hash = 0x811c9dc5;
  for (const ch of normalized) {
    const cp = ch.codePointAt(0) ?? 0;
    hash ^= cp;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A paper as slugs are assigned: its title as first listed, and the day of that listing. */
export interface SlugSource {
  title: string;
  /** First digest day, `YYYY-MM-DD`. */
  first: string;
}

/** A paper's address, and the other papers whose titles give the same one. */
export interface AssignedSlug {
  slug: string;
  /** Slugs of the other papers whose titles give the same base slug (each gets a suffix but the first). */
  namesakes: string[];
}

/**
 * Assigns slugs to papers given as `key → title as first listed`. Of papers
 * whose base slugs collide, the one listed first (then the least key) keeps
 * the base slug and every later one gets `-<hash of its key>`, so that a new
 * digest never moves an address already given out; a slug reserved for list
 * pages (`page-2`) is always suffixed. The result does not depend on the
 * map's order.
 */
export function assignSlugs(papers: ReadonlyMap<string, SlugSource>): Map<string, AssignedSlug> {
  const byBase = new Map<string, string[]>();
  for (const [key, { title }] of papers) pushTo(byBase, slugifyTitle(title), key);
  const assigned = new Map<string, AssignedSlug>();
  for (const [base, keys] of byBase) {
    const first = (key: string) => papers.get(key)?.first ?? '';
    keys.sort((a, b) => compareStrings(first(a), first(b)) || compareStrings(a, b));
    const slugs = keys.map((key, i) => (i === 0 && !RESERVED_SLUG.test(base) ? base : `${base}-${titleHash(key)}`));
    keys.forEach((key, i) => assigned.set(key, { slug: slugs[i] ?? base, namesakes: slugs.filter((_, j) => j !== i) }));
  }
  return assigned;
}
