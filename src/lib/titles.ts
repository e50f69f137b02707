/**
 * Paper identity and URLs: titles are matched by their normalized form (a
 * paper's key, suffixed `~2`… by `corpus.ts` for further papers under one
 * title), and a paper's URL slug is made from its title as first listed, so the
 * same paper keeps its URL as later digests are added, however they spell it.
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

/** What a slug is, whoever makes it (titles, the taxonomy, curators' notes): lowercase words and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Identity key of a title: compatibility forms, case, accents (also LaTeX's,
 * `Fr\'echet`), spaces, punctuation and LaTeX's `$`, `^` dropped, so
 * `Data-free`, `Data free`, `DATA–FREE`, `Naïve`, `Naive` and `$\ell_\infty$`,
 * `ell_infty` name one paper; mathematical symbols and `#` stay, so `(1+λ)`
 * and `(1,λ)`, `A > B` and `A < B`, `C++` and `C#` name two. `&` and the
 * word "and" are dropped alike, since authors respell one as the other
 * (`Search & Rescue`, `Search and Rescue`; `Q&A`, `QA`): the abstract still
 * tells two papers apart (`corpus.ts`).
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/\\['`"^~=.uvHc]\{?(\p{L})\}?/gu, '$1')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])and(?![\p{L}\p{N}])/gu, '')
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

/** One spelling of a paper's title, and the digest day it was first listed so (`YYYY-MM-DD`). */
export interface Spelling {
  title: string;
  first: string;
}

/** A paper's addresses: its own, the others that lead to it, and the papers that could be meant at them. */
export interface AssignedAddresses {
  slug: string;
  /** Slugs its later spellings give that are no paper's own and no list page's: pages that lead to it. */
  aliases: string[];
  /** Slugs of the other papers one of whose spellings gives the same address as one of its own: each page names the others. */
  namesakes: string[];
}

/**
 * Decides every paper's addresses, the papers given as `key → spellings`, the
 * first listed first. A paper's slug comes from its first spelling; each later
 * spelling's slug is an alias. An address belongs to whoever claimed it first:
 * a paper whose first spelling gives an address already given out (another
 * paper's, listed earlier, or an earlier paper's alias) gets
 * `-<hash of its key>`, so a new digest never moves an address; of papers
 * first listed the same day, the least key wins, and a paper wins over an
 * alias listed the same day. A slug reserved for list pages (`page-2`) is
 * always suffixed. The result does not depend on the map's order.
 */
export function assignAddresses(papers: ReadonlyMap<string, readonly Spelling[]>): Map<string, AssignedAddresses> {
  // Who claims each address, and from when: a paper's first spelling (own) or a later one (alias).
  const claims = new Map<string, { key: string; first: string; own: boolean }[]>();
  for (const [key, spellings] of papers) {
    const seen = new Set<string>();
    spellings.forEach(({ title, first }, i) => {
      const slug = slugifyTitle(title);
      if (seen.has(slug)) return;
      seen.add(slug);
      pushTo(claims, slug, { key, first, own: i === 0 });
    });
  }
  const slugs = new Map<string, string>();
  const byClaim = (a: { key: string; first: string }, b: { key: string; first: string }) => compareStrings(a.first, b.first) || compareStrings(a.key, b.key);
  for (const [slug, list] of claims) {
    const own = list.filter((c) => c.own).sort(byClaim);
    const earliestAlias = list.filter((c) => !c.own).reduce((min, c) => (min === null || c.first < min ? c.first : min), null as string | null);
    const taken = RESERVED_SLUG.test(slug) || (earliestAlias !== null && own[0] !== undefined && earliestAlias < own[0].first);
    own.forEach((c, i) => slugs.set(c.key, i === 0 && !taken ? slug : `${slug}-${titleHash(c.key)}`));
  }
  const owned = new Set(slugs.values());
  const assigned = new Map<string, AssignedAddresses>([...papers.keys()].map((key) => [key, { slug: slugs.get(key) ?? '', aliases: [], namesakes: [] }]));
  for (const [slug, list] of claims) {
    for (const c of list) if (!c.own && !owned.has(slug) && !RESERVED_SLUG.test(slug)) assigned.get(c.key)?.aliases.push(slug);
    // Where a paper's own claim meets another's, either could be meant there: each page names the others.
    const keys = [...new Set(list.map((c) => c.key))];
    if (keys.length < 2 || !list.some((c) => c.own)) continue;
    for (const key of keys) assigned.get(key)?.namesakes.push(...keys.filter((k) => k !== key).map((k) => slugs.get(k) ?? ''));
  }
  for (const a of assigned.values()) {
    a.aliases.sort(compareStrings);
    a.namesakes = [...new Set(a.namesakes)].sort(compareStrings);
  }
  return assigned;
}
