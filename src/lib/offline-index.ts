/**
 * The offline search index: what search uses when the site is opened from
 * disk (file://), where Pagefind cannot run (it needs fetch, modules and
 * WebAssembly). MiniSearch builds it at build time; the browser loads it with
 * a classic <script> and `MiniSearch.loadJS`, so the first query needs no
 * indexing work. Abstracts are trimmed to bound the index at scale.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { listRawOnlyWords } from './latex-repair.ts';
import { offlineTerm } from './offline-term.ts';
import { creditParts, type PaperView, type SiteModel } from './site-model.ts';
import { shortenText, TEASER_MAX } from './shorten.ts';
import { compareNames, compareStrings } from './titles.ts';
import { UNTAGGED } from './untagged.ts';

/**
 * Abstract words the offline index holds in all. The browser loads the whole index from disk before the first
 * result, so its size is bounded: whole abstracts up to 10,000 papers' worth of 60 words, then every abstract's
 * opening (at least `OFFLINE_MIN_ABSTRACT_WORDS` words).
 */
const OFFLINE_WORD_BUDGET = 600_000;
/** Words of every abstract the offline index holds, however large the corpus. */
export const OFFLINE_MIN_ABSTRACT_WORDS = 60;

/** Words of each abstract the offline index holds for a corpus of `papers`: whole abstracts on a small site, 60 from 10,000 papers on. */
export function offlineAbstractWords(papers: number): number {
  return Math.max(OFFLINE_MIN_ABSTRACT_WORDS, Math.floor(OFFLINE_WORD_BUDGET / Math.max(1, papers)));
}

/** MiniSearch options (what JSON can carry); the browser must use the very same ones, with `processTerm: offlineTerm`, to load the index. */
export const OFFLINE_OPTIONS = {
  fields: ['title', 'text', 'tags'],
  searchOptions: { boost: { title: 3, tags: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
} satisfies Options;

/**
 * One document row: slug, title, published, upvotes, tag indexes, day indexes, credit (author count, organization:
 * `creditParts`), and the organization's index in `organizations` (-1 for none), which the organization filter reads.
 */
export type OfflineDoc = [string, string, string | null, number | null, number[], number[], string[], number];

/** Everything the offline search page loads. */
export interface OfflinePayload {
  version: 1;
  options: typeof OFFLINE_OPTIONS;
  /** `MiniSearch#toJSON()` of the index; document ids are row numbers in `docs`. */
  index: AsPlainObject;
  docs: OfflineDoc[];
  /** Tag names in the order the search forms list them (by name), referenced by index. */
  tags: string[];
  /** Tag page slugs, in the order of `tags`. */
  tagSlugs: string[];
  /** Digest days, newest first, referenced by index. */
  days: string[];
  /** Organizations credited with papers, by name as the online choices list them, referenced by index. */
  organizations: string[];
  /** Whether every abstract is indexed whole (else only their openings: the page says which). */
  wholeAbstracts: boolean;
}

/** The first `words` words, joined by single spaces (the whole text when it is not longer), without splitting all of it. */
function trimWords(text: string, words: number): string {
  const separator = /\s+/g;
  for (let n = 0, m = separator.exec(text); m; m = separator.exec(text)) {
    if (++n === words) return text.slice(0, m.index).replace(/\s+/g, ' ');
  }
  return text;
}

/**
 * Hyphenated words of a text joined and lower-cased (`In-context` → `incontext`, `GPT-4` → `gpt4`), each once:
 * indexed beside their parts, as Pagefind indexes them; the offline page searches a hyphenated query word joined,
 * so "in-context learning" finds the papers about it, not every paper with "in" and "context" somewhere.
 */
export function joinHyphenatedWords(text: string): string {
  const joined = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) joined.add(word.replaceAll('-', '').toLowerCase());
  return [...joined].join(' ');
}

/** The text, then its hyphenated words joined (see joinHyphenatedWords). */
const withHyphenJoins = (text: string) => `${text} ${joinHyphenatedWords(text)}`.trimEnd();

/** What the offline index is made from, as plain data (it can be sent to a worker thread). */
export interface OfflineInput {
  docs: OfflineDoc[];
  /** The searchable fields of each doc, in the same order. */
  fields: { title: string; text: string; tags: string }[];
  tags: string[];
  tagSlugs: string[];
  days: string[];
  organizations: string[];
  wholeAbstracts: boolean;
}

/** The papers in the order of the offline index's rows (by slug), which its teasers share. */
function offlineRows(site: Pick<SiteModel, 'papers'>): PaperView[] {
  return [...site.papers].sort((a, b) => compareStrings(a.slug, b.slug));
}

/** Collects the offline index's input from the site model. */
export function offlineInput(site: SiteModel, abstractWords = offlineAbstractWords(site.papers.length)): OfflineInput {
  // Topics by name, as the online search lists them (searchFilterChoices), so the offline form lists them in index order.
  const tags = [...site.tags].sort((a, b) => compareNames(a.name, b.name));
  const tagNames = tags.map((t) => t.name);
  const tagIndex = new Map(tags.map((t, i) => [t.slug, i]));
  const days = site.days.map((d) => d.date);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const papers = offlineRows(site);
  // Organizations by name, as the online search lists them (searchFilterChoices).
  const organizations = [...new Set(papers.flatMap((p) => (p.organization ? [p.organization.name] : [])))].sort(compareNames);
  const organizationIndex = new Map(organizations.map((o, i) => [o, i]));
  const docs: OfflineDoc[] = papers.map((p) => [
    p.slug, p.title, p.published, p.upvotes,
    (p.tags.length ? p.tags.map((t) => t.slug) : [UNTAGGED]).map((s) => tagIndex.get(s) ?? -1).filter((i) => i >= 0),
    p.appearances.map((a) => dayIndex.get(a.date) ?? -1).filter((i) => i >= 0),
    creditParts(p),
    p.organization ? organizationIndex.get(p.organization.name) ?? -1 : -1,
  ]);
  let wholeAbstracts = true;
  const fields = papers.map((p, id) => {
    const opening = trimWords(p.abstractText, abstractWords);
    if (opening.length < p.abstractText.length) wholeAbstracts = false;
    return {
      // Both forms are searchable: "ell_2" and "ℓ₂".
      title: withHyphenJoins(`${p.title} ${listRawOnlyWords(p.rawTitle, p.title)}`.trim()),
      text: withHyphenJoins(`${opening} ${listRawOnlyWords(trimWords(p.abstract, abstractWords), opening)}`.trim()),
      // Names a reader may search by: the topics, and the organization (as online).
      tags: withHyphenJoins([...(docs[id]?.[4] ?? []).map((i) => tagNames[i]), p.organization?.name ?? ''].join(' ').trim()),
    };
  });
  return { docs, fields, tags: tagNames, tagSlugs: tags.map((t) => t.slug), days, organizations, wholeAbstracts };
}

/** Indexes the input with MiniSearch (the costly step). */
export function offlinePayload({ docs, fields, tags, tagSlugs, days, organizations, wholeAbstracts }: OfflineInput): OfflinePayload {
  const mini = new MiniSearch({ ...OFFLINE_OPTIONS, processTerm: offlineTerm });
  mini.addAll(fields.map((f, id) => ({ id, ...f })));
  return { version: 1, options: OFFLINE_OPTIONS, index: mini.toJSON(), docs, tags, tagSlugs, days, organizations, wholeAbstracts };
}

/** A classic script assigning `value` to a global: no fetch or module needed; "<" escaped so no text ends the script. */
function assignGlobal(name: string, value: unknown): string {
  return `window.${name}=${JSON.stringify(value).replace(/</g, '\\u003c')};\n`;
}

/** The payload as a classic script. */
export function offlineIndexScript(payload: OfflinePayload): string {
  return assignGlobal('BroadsheetOffline', payload);
}

/**
 * Each row's teaser, as day lists show it: a script of its own, loaded after
 * the index so that first results never wait for it (the offline page adds
 * the teasers to results when it arrives). ~280 bytes a paper.
 */
export function offlineTeasersScript(site: Pick<SiteModel, 'papers'>): string {
  const teasers = offlineRows(site).map((p) => shortenText(p.abstractText, TEASER_MAX));
  return assignGlobal('BroadsheetOfflineTeasers', teasers);
}
