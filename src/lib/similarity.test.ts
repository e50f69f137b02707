import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { parseDigest } from './parse-digest.ts';
import { computeSimilar } from './similarity.ts';
import { toSimilarityDocs } from './site-model.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const corpus = buildCorpus(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => parseDigest(readFileSync(path.join(SEEDS, f), 'utf8'), f)));
const docs = toSimilarityDocs(corpus.papers);

describe('computeSimilar', () => {
  const similar = computeSimilar(docs);

  it('parses every seed paper into five distinct neighbours other than itself', () => {
    expect(similar.size).toBe(134);
    for (const [id, list] of similar) {
      expect(list).toHaveLength(5);
      expect(list).not.toContain(id);
      expect(new Set(list).size).toBe(5);
    }
  });

  it('finds papers on the same topic as nearest neighbours', () => {
    const icl = 'transformers-learn-in-context-by-gradient-descent';
    const iclNeighbours = similar.get(icl) ?? [];
    expect(iclNeighbours.filter((s) => /in-context|icl/.test(s)).length).toBeGreaterThanOrEqual(3);
    const bilevel = similar.get('scalebio-scalable-bilevel-optimization-for-llm-data-reweighting') ?? [];
    expect(bilevel.filter((s) => s.includes('bilevel')).length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic: the same neighbours whatever the input order', () => {
    const shuffled = [...docs].reverse();
    expect(computeSimilar(shuffled)).toEqual(similar);
    expect(computeSimilar(docs)).toEqual(similar);
  });

  it('rejects unrelated papers: no shared distinctive term, no neighbour', () => {
    const out = computeSimilar([
      { id: 'a', since: '2025-01-01', title: 'Learning with models', abstract: 'We learn a model.' },
      { id: 'b', since: '2025-01-01', title: 'Learning with models', abstract: 'We learn a model.' },
      { id: 'c', since: '2025-01-01', title: 'Quantum reservoir computing', abstract: 'Reservoir dynamics.' },
    ], { maxDocFrequency: 0.5, minDocFrequencyCap: 2 });
    expect(out.get('c')).toEqual([]);
  });

  it('keeps older papers\' neighbours when a later day adds papers, unless a new paper is closer', () => {
    // The 134 seeds (reference set: the oldest 128) plus six papers on a later day, two of them on in-context learning.
    const later = [
      ...['Sparse attention kernels for long video', 'Protein folding with diffusion priors', 'Tabular data synthesis by language models', 'Audio tokenizers for speech generation'].map((title, i) => ({ id: `later-${i}`, since: '2099-01-01', title, abstract: `${title}: a study.` })),
      ...[0, 1].map((i) => ({ id: `later-icl-${i}`, since: '2099-01-01', title: 'Transformers learn in context by gradient descent, revisited', abstract: 'In-context learning in transformers implements gradient descent on in-context examples; we revisit in-context learning.' })),
    ];
    const grown = computeSimilar([...docs, ...later]);
    const newIds = new Set(later.map((d) => d.id));
    let kept = 0;
    for (const [id, list] of similar) {
      const now = grown.get(id) ?? [];
      if (now.join() === list.join()) kept++;
      // A list that changed did so because a new paper entered it; the older papers keep their order.
      else expect(now.some((s) => newIds.has(s)), id).toBe(true);
      expect(now.filter((s) => !newIds.has(s)), id).toEqual(list.filter((s) => now.includes(s)));
    }
    expect(kept).toBeGreaterThan(100);
    expect(grown.get('transformers-learn-in-context-by-gradient-descent')?.some((s) => s.startsWith('later-icl-'))).toBe(true);
  });

  it('rejects drift in a small corpus too: term statistics change only when it crosses a power of two', () => {
    const base = docs.slice(0, 130);
    const withOne = [...base, { id: 'zz-unrelated', since: '2099-01-01', title: 'Quokka xylophone', abstract: 'Quokkas and xylophones.' }];
    const a = computeSimilar(base);
    const b = computeSimilar(withOne);
    for (const [id, list] of a) expect(b.get(id), id).toEqual(list);
  });
});
