import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { parseDigest } from './parse-digest.ts';
import { computeSimilar } from './similarity.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const corpus = buildCorpus(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => parseDigest(readFileSync(path.join(SEEDS, f), 'utf8'), f)));
const docs = corpus.papers.map((p) => ({ id: p.slug, title: p.title, abstract: p.abstract }));

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
      { id: 'a', title: 'Learning with models', abstract: 'We learn a model.' },
      { id: 'b', title: 'Learning with models', abstract: 'We learn a model.' },
      { id: 'c', title: 'Quantum reservoir computing', abstract: 'Reservoir dynamics.' },
    ], { maxDocFrequency: 0.5, minDocFrequencyCap: 2 });
    expect(out.get('c')).toEqual([]);
  });
});
