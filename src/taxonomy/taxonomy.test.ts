/**
 * Quality gate for the taxonomy: the tagger measured against the hand labels
 * of the seed papers must not regress below these floors (README gives the
 * current figures; `npm run eval:tags` prints them per tag).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/corpus.ts';
import { evaluateTags } from '../lib/tag-eval.ts';
import { compileTaxonomy, tagPaper } from '../lib/tagger.ts';
import { parseTaxonomy } from '../lib/taxonomy.ts';
import { normalizeTitle } from '../lib/titles.ts';
import { readDigestDir } from '../loaders/read-digests.ts';

const root = path.join(import.meta.dirname, '..', '..');
const labels = JSON.parse(readFileSync(path.join(import.meta.dirname, 'labels.json'), 'utf8')) as Record<string, string[]>;
const taxonomyDefs = parseTaxonomy(readFileSync(path.join(import.meta.dirname, 'taxonomy.yaml'), 'utf8'));
const taxonomy = compileTaxonomy(taxonomyDefs);
const corpus = buildCorpus(readDigestDir(path.join(root, 'seeds')));

describe('tagging through the first-word index', () => {
  it('tags every seed paper exactly as trying every tag would', () => {
    // The same taxonomy with an index that offers every tag for every word: the plain definition.
    const everyTag = taxonomy.tags.map((_, i) => i);
    const tryAll = { ...taxonomy, byFirstToken: { get: () => everyTag } as unknown as Map<string, number[]> };
    let tagged = 0;
    for (const paper of corpus.papers) {
      const indexed = tagPaper(paper, taxonomy);
      expect(indexed, paper.title).toEqual(tagPaper(paper, tryAll));
      tagged += indexed.length > 0 ? 1 : 0;
    }
    expect(tagged).toBeGreaterThan(corpus.papers.length / 2);
  });
});

describe('taxonomy against hand labels', () => {
  it('labels every seed paper, with known tags only', () => {
    const keys = new Set(Object.keys(labels).map(normalizeTitle));
    expect(keys).toEqual(new Set(corpus.papers.map((p) => p.key)));
    const slugs = new Set(taxonomyDefs.map((t) => t.slug));
    for (const tags of Object.values(labels)) for (const t of tags) expect(slugs.has(t), t).toBe(true);
  });
  it('keeps overall precision ≥ 0.85 and recall ≥ 0.75 on the seeds', () => {
    const gold = new Map<string, string[]>();
    const predicted = new Map<string, string[]>();
    for (const p of corpus.papers) {
      gold.set(p.key, labels[Object.keys(labels).find((t) => normalizeTitle(t) === p.key) ?? ''] ?? []);
      predicted.set(p.key, tagPaper(p, taxonomy).map((m) => m.slug));
    }
    const { overall } = evaluateTags(predicted, gold);
    expect(overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall).toBeGreaterThanOrEqual(0.75);
  });
});
