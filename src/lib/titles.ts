/**
 * Paper identity and URLs. A paper is identified by its normalized title; its
 * URL slug is a pure function of its title, so the same paper keeps its URL
 * however the digests around it change.
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

/**
 * Assigns slugs to papers given as `key → title`. Papers whose base slugs
 * collide all get `-<hash of their key>`, as does a slug reserved for list
 * pages (`page-2`); the result depends only on each paper's own title plus
 * whether a colliding paper exists, never on order.
 */
export function assignSlugs(titles: ReadonlyMap<string, string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const [key, title] of titles) {
    const base = slugifyTitle(title);
    pushTo(byBase, base, key);
  }
  const slugs = new Map<string, string>();
  for (const [base, keys] of byBase) {
    const suffix = keys.length > 1 || RESERVED_SLUG.test(base);
    for (const key of keys) slugs.set(key, suffix ? `${base}-${titleHash(key)}` : base);
  }
  return slugs;
}
