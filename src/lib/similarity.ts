/**
 * Similar papers: TF-IDF vectors over title and abstract, cosine similarity,
 * computed at build time through an inverted index. No all-pairs loop: each
 * paper only meets papers sharing one of its strongest terms, and terms
 * common to a large share of the corpus are skipped as candidates generators
 * (they carry little similarity and would make every pair a candidate).
 * Deterministic: the result depends only on the set of papers, not their order.
 *
 * Stable as the corpus grows: term statistics (idf, which terms generate
 * candidates) come from a reference set, the oldest papers by first digest
 * day, as many as the largest power of two that fits. Adding a day's papers
 * leaves it unchanged (until the corpus crosses the next power of two), so an
 * older paper's neighbours change only when a new paper is closer than one of
 * them, and a rebuild re-renders those pages only. With every paper's idf
 * drifting at each new digest, adding 40 papers to 10,000 changed 1,284
 * lists; with the reference set, 191, each because a new paper entered.
 */
import { tokenize } from './tagger.ts';
import { compareStrings } from './titles.ts';

/** Tuning knobs; the defaults keep 100,000 papers within seconds. */
export interface SimilarityOptions {
  /** Neighbours per paper. */
  k?: number;
  /** How many of a paper's highest-weighted terms generate candidates. */
  queryTerms?: number;
  /** Terms in more than this share of papers generate no candidates… */
  maxDocFrequency?: number;
  /** …unless they are in at most this many papers (small corpora keep every term). */
  minDocFrequencyCap?: number;
  /** And never more than this many papers: bounds the work per paper, so the total grows linearly. */
  maxPostings?: number;
  /** How many times title words count. */
  titleWeight?: number;
}

/** A small English stop list: words that say nothing about a paper's topic. */
const STOP = new Set(('a an and are as at be by can for from has have how in into is it its of on or our over such that the their these this to under using we what when where which while with without via both more most other than then there they them also however only may new show shows propose proposed paper approach method methods based result results use used work well two one first'
  ).split(' ').map((w) => tokenize(w)[0] ?? w));

/** One paper's input: an id (its slug), when it first appeared, and its text. */
export interface SimilarityDoc {
  id: string;
  /** First digest day (`YYYY-MM-DD`): the oldest papers make the reference set of term statistics. */
  since: string;
  title: string;
  abstract: string;
}

/** Indexes of the reference set: the oldest `2^⌊log2 n⌋` papers by first day, then by id (`sorted` is by id). */
function referenceSet(sorted: readonly SimilarityDoc[]): number[] {
  const size = sorted.length === 0 ? 0 : 2 ** Math.floor(Math.log2(sorted.length));
  const byAge = sorted.map((_, i) => i).sort((a, b) => compareStrings(sorted[a]?.since ?? '', sorted[b]?.since ?? '') || a - b);
  return byAge.slice(0, size);
}

/** Top-k similar papers for every paper, by id; ties broken by id so output is stable. */
export function computeSimilar(docs: readonly SimilarityDoc[], options: SimilarityOptions = {}): Map<string, string[]> {
  const { k = 5, queryTerms = 30, maxDocFrequency = 0.1, minDocFrequencyCap = 100, maxPostings = 500, titleWeight = 2 } = options;
  // Sort by id: term ids and accumulation order then do not depend on input order.
  const sorted = [...docs].sort((a, b) => compareStrings(a.id, b.id));
  const n = sorted.length;
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  // One scratch map for counting, and typed arrays kept per paper: a Map per paper held ~150 MB
  // at 30,000 papers in the worker, beside the first search shard.
  const counts = new Map<number, number>();
  const add = (word: string, weight: number) => {
    if (STOP.has(word) || word.length < 2 || /^\d+$/.test(word)) return;
    let id = termIds.get(word);
    if (id === undefined) { id = termIds.size; termIds.set(word, id); termNames.push(word); }
    counts.set(id, (counts.get(id) ?? 0) + weight);
  };
  const docTerms: { terms: Uint32Array; tf: Float64Array }[] = sorted.map((d) => {
    counts.clear();
    for (const w of tokenize(d.title)) add(w, titleWeight);
    for (const w of tokenize(d.abstract)) add(w, 1);
    const terms = new Uint32Array(counts.size);
    const tf = new Float64Array(counts.size);
    let i = 0;
    for (const [t, c] of counts) { terms[i] = t; tf[i++] = c; }
    return { terms, tf };
  });
  // Document frequencies in the reference set (idf, candidate terms) and in all papers (posting sizes).
  const reference = referenceSet(sorted);
  const df = new Uint32Array(termIds.size);
  for (const doc of reference) for (const t of docTerms[doc]?.terms ?? []) df[t] = (df[t] ?? 0) + 1;
  const dfAll = new Uint32Array(termIds.size);
  for (const { terms } of docTerms) for (const t of terms) dfAll[t] = (dfAll[t] ?? 0) + 1;
  const nRef = reference.length;

  // Unit-length vectors with sublinear tf and smoothed idf.
  const vectors: { terms: Uint32Array; weights: Float64Array }[] = docTerms.map(({ terms, tf }) => {
    const entries = Array.from(terms, (t, i) => [t, (1 + Math.log(tf[i] ?? 1)) * Math.log((1 + nRef) / (1 + (df[t] ?? 0)) + 1)] as const);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    // Equal weights are ordered by the term itself, not its id: ids shift when a new paper's slug sorts early.
    entries.sort((a, b) => b[1] - a[1] || compareStrings(termNames[a[0]] ?? '', termNames[b[0]] ?? ''));
    return { terms: Uint32Array.from(entries.map(([t]) => t)), weights: Float64Array.from(entries.map(([, w]) => w / norm)) };
  });
  docTerms.length = 0; // the vectors replace them; not held through the scoring below

  // Inverted index of the terms allowed to generate candidates. A term new since the reference set
  // but already in many papers is left out too, so posting lists stay bounded (at most 2 × cap).
  const cap = Math.max(minDocFrequencyCap, Math.min(maxPostings, Math.floor(maxDocFrequency * nRef)));
  const generates = (t: number) => (df[t] ?? 0) <= cap && (dfAll[t] ?? 0) <= 2 * cap;
  const postings: { doc: number[]; weight: number[] }[] = Array.from({ length: termIds.size }, () => ({ doc: [], weight: [] }));
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i] ?? 0;
      if (!generates(t)) continue;
      postings[t]?.doc.push(doc);
      postings[t]?.weight.push(v.weights[i] ?? 0);
    }
  });

  const result = new Map<string, string[]>();
  const scores = new Float64Array(n);
  const touched: number[] = [];
  vectors.forEach((v, doc) => {
    const limit = Math.min(queryTerms, v.terms.length);
    for (let i = 0; i < limit; i++) {
      const t = v.terms[i] ?? 0;
      if (!generates(t)) continue;
      const w = v.weights[i] ?? 0;
      const list = postings[t];
      if (!list) continue;
      for (let j = 0; j < list.doc.length; j++) {
        const other = list.doc[j] ?? 0;
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + w * (list.weight[j] ?? 0);
      }
    }
    // Top k by selection, not by sorting every candidate.
    const best: [number, number][] = [];
    for (const other of touched) {
      const s = scores[other] ?? 0;
      scores[other] = 0;
      if (best.length === k) {
        const last = best[k - 1];
        if (!last || s < last[1] || (s === last[1] && other > last[0])) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0) {
        const prev = best[at - 1];
        if (!prev || prev[1] > s || (prev[1] === s && prev[0] < other)) break;
        at--;
      }
      best.splice(at, 0, [other, s]);
    }
    touched.length = 0;
    result.set(sorted[doc]?.id ?? '', best.map(([other]) => sorted[other]?.id ?? ''));
  });
  return result;
}
