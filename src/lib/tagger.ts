/**
 * Topic tagging: a pure function from a paper to tags, with the evidence for
 * each. Terms match whole words (and whole word sequences for phrases) after a
 * light stemming, title matches weigh more than abstract matches, exclusion
 * terms veto a tag, and a tag needs a minimum score.
 */
import { pushTo } from './map-lists.ts';
import type { TagDefinition } from './taxonomy.ts';
import { compareStrings } from './titles.ts';

/** Why a tag applies: one matched term. */
export interface TagEvidence {
  /** The taxonomy term that matched. */
  term: string;
  /** Whether it is a supporting (weaker) term. */
  support?: boolean;
  /** Where it matched; title evidence weighs more. `note`: added by a curator's note. */
  field: 'title' | 'abstract' | 'note';
  /** How often it matched in that field. */
  count: number;
}

/** A tag assigned to a paper. */
export interface TagMatch {
  slug: string;
  score: number;
  evidence: TagEvidence[];
}

/** Scoring weights; a tag applies when its score reaches `threshold`. */
export const TAG_WEIGHTS = { title: 3, abstract: 1, repeat: 0.5, repeatCap: 2, supportTitle: 1, supportAbstract: 0.5, threshold: 2.5 } as const;

/**
 * Light stemming: folds plurals, -ing and -ed, and British -ise spellings into
 * -ize, so `networks`/`network`, `clustering`/`clusters` and
 * `regularisation`/`regularization` meet. Derivations stay apart on purpose:
 * `regularization` (a topic) is stronger evidence than `regularized` (a mention).
 */
export function stemWord(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stem = stemUncached(word);
  // A vocabulary is small next to the token count; the bound keeps hostile input from growing it without end.
  if (stems.size < 200_000) stems.set(word, stem);
  return stem;
}

const stems = new Map<string, string>();

function stemUncached(word: string): string {
  let w = word.length > 6 ? word.replace(/is(ation|ations|er|ers|ed|es|ing|e)$/, 'iz$1') : word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|us|is)$/.test(w)) return w;
  else if (w.length > 3 && w.endsWith('es') && /(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** Lowercased, stemmed word tokens; hyphens and punctuation separate words. */
export function tokenize(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  // In ASCII text the letters and digits are [a-z0-9]: the same tokens, without Unicode property
  // matching, which costs three times as much (nearly every abstract is ASCII).
  const words = /[^\x00-\x7f]/.test(lower) ? lower.match(/[\p{L}\p{N}]+/gu) : lower.match(/[a-z0-9]+/g);
  return (words ?? []).map(stemWord);
}

/**
 * A tokenized text with where each token first occurs and, per position, the
 * next position of the same token: a phrase is only tried where its first
 * word occurs. (Chained positions instead of an array per token: tagging
 * allocated ~95 KB a paper.)
 */
interface IndexedText {
  tokens: string[];
  first: Map<string, number>;
  next: Int32Array;
  /** Scratch: positions claimed by a longer term of the tag being scored. */
  covered: Uint8Array;
}

function indexText(text: string): IndexedText {
  const tokens = tokenize(text);
  const first = new Map<string, number>();
  const next = new Int32Array(tokens.length);
  // From the end, so every chain runs in increasing position order.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] ?? '';
    next[i] = first.get(t) ?? -1;
    first.set(t, i);
  }
  return { tokens, first, next, covered: new Uint8Array(tokens.length) };
}

/**
 * Counts occurrences of a phrase. With `claim`, positions already claimed by
 * a longer term of the same tag do not count again (so "large language model"
 * is one piece of evidence, not also "language model"), and matches claim theirs.
 */
function countPhrase(text: IndexedText, phrase: readonly string[], claim = false): number {
  if (phrase.length === 0) return 0;
  const { tokens, next, covered } = text;
  let count = 0;
  outer: for (let i = text.first.get(phrase[0] ?? '') ?? -1; i !== -1; i = next[i] ?? -1) {
    if (i + phrase.length > tokens.length) break;
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j] || (claim && covered[i + j])) continue outer;
    count++;
    if (claim) covered.fill(1, i, i + phrase.length);
  }
  return count;
}

/** A taxonomy prepared for repeated tagging (terms tokenized once). */
export interface CompiledTaxonomy {
  tags: { def: TagDefinition; include: { term: string; tokens: string[]; support: boolean }[]; exclude: string[][] }[];
  /**
   * Indexes into `tags` by the first token of each include or support term. A tag none of whose terms
   * starts with a word of the paper finds no evidence, so only the tags listed here for the paper's words are tried.
   */
  byFirstToken: Map<string, number[]>;
}

/**
 * Tokenizes every term once. Terms are tried longest first and spelling
 * variants that tokenize alike ("low-rank", "low rank") are kept once, so one
 * mention is one piece of evidence.
 */
export function compileTaxonomy(tags: readonly TagDefinition[]): CompiledTaxonomy {
  const compiled = tags.map((def) => {
    const seen = new Set<string>();
    const include = [
      ...def.include.map((term) => ({ term, tokens: tokenize(term), support: false })),
      ...(def.support ?? []).map((term) => ({ term, tokens: tokenize(term), support: true })),
    ].filter((t) => {
      const key = t.tokens.join(' ');
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    }).sort((a, b) => b.tokens.length - a.tokens.length);
    return { def, include, exclude: (def.exclude ?? []).map(tokenize) };
  });
  const byFirstToken = new Map<string, number[]>();
  compiled.forEach((tag, i) => {
    for (const first of new Set(tag.include.map((t) => t.tokens[0] ?? ''))) pushTo(byFirstToken, first, i);
  });
  return { tags: compiled, byFirstToken };
}

const NONE: readonly number[] = [];

/** One piece of evidence: `support` is only present on support terms. */
const evidenceOf = (term: string, field: 'title' | 'abstract', count: number, support: boolean): TagEvidence =>
  (support ? { term, field, count, support } : { term, field, count });

/** Tags a paper: every tag whose score reaches the threshold, best first, with evidence. */
export function tagPaper(paper: { title: string; abstract: string }, taxonomy: CompiledTaxonomy): TagMatch[] {
  const title = indexText(paper.title);
  const abstract = indexText(paper.abstract);
  const candidates = new Set<number>();
  for (const token of title.first.keys()) for (const i of taxonomy.byFirstToken.get(token) ?? NONE) candidates.add(i);
  for (const token of abstract.first.keys()) for (const i of taxonomy.byFirstToken.get(token) ?? NONE) candidates.add(i);
  const matches: TagMatch[] = [];
  for (const i of candidates) {
    const tag = taxonomy.tags[i];
    if (!tag) continue;
    if (tag.exclude.some((t) => countPhrase(title, t) + countPhrase(abstract, t) > 0)) continue;
    const evidence: TagEvidence[] = [];
    let score = 0;
    let strong = false;
    title.covered.fill(0);
    abstract.covered.fill(0);
    for (const { term, tokens, support } of tag.include) {
      const inTitle = countPhrase(title, tokens, true);
      const inAbstract = countPhrase(abstract, tokens, true);
      if (inTitle > 0) evidence.push(evidenceOf(term, 'title', inTitle, support));
      if (inAbstract > 0) evidence.push(evidenceOf(term, 'abstract', inAbstract, support));
      if (inTitle + inAbstract > 0 && !support) strong = true;
      if (support) score += inTitle > 0 ? TAG_WEIGHTS.supportTitle : inAbstract > 0 ? TAG_WEIGHTS.supportAbstract : 0;
      else if (inTitle > 0) score += TAG_WEIGHTS.title;
      else if (inAbstract > 0) score += TAG_WEIGHTS.abstract + TAG_WEIGHTS.repeat * Math.min(inAbstract - 1, TAG_WEIGHTS.repeatCap);
    }
    if (strong && score >= TAG_WEIGHTS.threshold) matches.push({ slug: tag.def.slug, score, evidence });
  }
  return matches.sort((a, b) => b.score - a.score || compareStrings(a.slug, b.slug));
}
