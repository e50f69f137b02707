import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTags } from './tag-eval.ts';
import { compileTaxonomy, stemWord, tagPaper, tokenize } from './tagger.ts';
import type { TagDefinition } from './taxonomy.ts';

const tags: TagDefinition[] = [
  { slug: 'robotics', name: 'Robotics', description: 'Robots.', include: ['robot', 'SLAM', 'simultaneous localization and mapping'], exclude: ['language model'] },
  { slug: 'diffusion-models', name: 'Diffusion models', description: 'Diffusion.', include: ['diffusion model', 'denoising diffusion'], exclude: ['reaction-diffusion'] },
  { slug: 'clustering', name: 'Clustering', description: 'Clusters.', include: ['clustering', 'k-means'] },
];
const taxonomy = compileTaxonomy(tags);
const slugs = (title: string, abstract = '') => tagPaper({ title, abstract }, taxonomy).map((t) => t.slug);

describe('tagPaper', () => {
  it('parses title evidence as enough on its own, and says why', () => {
    const [match] = tagPaper({ title: 'Visual SLAM for Legged Robots', abstract: 'We map rooms.' }, taxonomy);
    expect(match?.slug).toBe('robotics');
    expect(match?.evidence).toEqual([{ term: 'robot', field: 'title', count: 1 }, { term: 'SLAM', field: 'title', count: 1 }]);
  });
  it('rejects the SLAM false friend: a language-model paper named SLAM is not robotics', () => {
    expect(slugs('SLAM: Towards Efficient Multilingual Reasoning', 'We fine-tune a large language model on math.')).toEqual([]);
  });
  it('rejects a single passing mention in the abstract (below the threshold)', () => {
    expect(slugs('Scaling Laws', 'Unlike clustering methods, we fit power laws.')).toEqual([]);
    expect(slugs('Scaling Laws', 'We compare clustering with k-means variants.')).toEqual([]);
    expect(slugs('Scaling Laws', 'We compare clustering with k-means variants and clustering trees.')).toEqual(['clustering']);
  });
  it('matches whole words and phrases only, with light stemming', () => {
    expect(slugs('Diffusion Models Beat GANs')).toEqual(['diffusion-models']);
    expect(slugs('A diffusion modelling toolkit')).toEqual([]); // "modelling" is not "model"
    expect(slugs('Reaction-diffusion models of patterns')).toEqual([]); // exclusion
    expect(slugs('Superclustering')).toEqual([]); // no match inside a word
    expect(slugs('Clusterings of graphs')).toEqual(['clustering']);
  });
  it('counts a mention once: a phrase inside a longer matched phrase, or a spelling variant, is not new evidence', () => {
    const t = compileTaxonomy([{ slug: 'llm', name: 'LLM', description: 'x', include: ['large language model', 'language model', 'low-rank', 'low rank'], support: ['vision-language model'] }]);
    const [m] = tagPaper({ title: 'x', abstract: 'A large language model with low-rank layers, a large language model.' }, t);
    expect(m?.evidence.map((e) => e.term)).toEqual(['large language model', 'low-rank']);
    expect(tagPaper({ title: 'Tuning a vision-language model', abstract: 'Vision-language model prompts.' }, t)).toEqual([]);
  });
  it('stems plurals and -ing without mangling short words', () => {
    expect(stemWord('networks')).toBe('network');
    expect(stemWord('studies')).toBe('study');
    expect(stemWord('clustering')).toBe('cluster');
    expect(stemWord('analysis')).toBe('analysis');
    expect(stemWord('regularisation')).toBe(stemWord('regularization'));
    expect(stemWord('regularized')).not.toBe(stemWord('regularization'));
    expect(stemWord('gas')).toBe('gas');
    expect(tokenize('In-Context Learning')).toEqual(['in', 'context', 'learn']);
  });
  it('tokenizes ASCII text as Unicode letters and digits would, and non-ASCII text by them', () => {
    const byUnicode = (text: string) => (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stemWord);
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (text) => {
      expect(tokenize(text)).toEqual(byUnicode(text));
    }), { numRuns: 2000 });
    expect(tokenize('Ünïcode naïve ℓ₂-regularised 8×H100')).toEqual(['ünïcode', 'naïve', 'l2', 'regulariz', '8', 'h100']);
  });
});


describe('evaluateTags', () => {
  it('computes per-tag and micro precision and recall', () => {
    const gold = new Map([['p1', ['a', 'b']], ['p2', ['a']], ['p3', []]]);
    const predicted = new Map([['p1', ['a']], ['p2', ['a', 'c']], ['p3', ['c']]]);
    const { perTag, overall } = evaluateTags(predicted, gold);
    expect(perTag.map((s) => [s.tag, s.precision, s.recall])).toEqual([['a', 1, 1], ['b', 1, 0], ['c', 0, 1]]);
    expect(overall).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1, precision: 0.5, recall: 2 / 3 });
  });
});
