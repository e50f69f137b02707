import { describe, expect, it } from 'vitest';
import { assignAddresses, normalizeTitle, SLUG_MAX, slugifyTitle, titleHash, type Spelling } from './titles.ts';

describe('normalizeTitle', () => {
  it('parses case, whitespace, punctuation and compatibility forms as the same title', () => {
    const variants = ['Data-free  Distillation: BOOT', 'data free distillation — boot', 'ＤＡＴＡ-FREE Distillation BOOT!'];
    expect(new Set(variants.map(normalizeTitle)).size).toBe(1);
  });
  it('parses a title written in LaTeX (Hugging Face JSON) and its stripped text-digest spelling as one', () => {
    expect(normalizeTitle('A Bound with $\\ell_\\infty$ Guarantee')).toBe(normalizeTitle('A Bound with ell_infty Guarantee'));
    expect(normalizeTitle("Fr\\'echet Na\\\"ive")).toBe(normalizeTitle('Fréchet Naïve'));
  });
  it('rejects merging titles that only a mathematical symbol or # tells apart', () => {
    expect(normalizeTitle('The (1+λ) EA')).not.toBe(normalizeTitle('The (1,λ) EA'));
    expect(normalizeTitle('C++ for ML')).not.toBe(normalizeTitle('C# for ML'));
    expect(normalizeTitle('Self-Play > SFT')).not.toBe(normalizeTitle('Self-Play < SFT'));
    expect(normalizeTitle('Text→Video')).not.toBe(normalizeTitle('Text-Video'));
  });
  it('parses titles into the very keys published addresses were hashed from (changing them moves suffixed URLs)', () => {
    expect(normalizeTitle('Trace is the New AutoDiff -- Unlocking Efficient Optimization of Computational Workflows')).toBe('traceisthenewautodiffunlockingefficientoptimizationofcomputationalworkflows');
    expect(titleHash(normalizeTitle('C++ Nets'))).toBe('102y3ko');
  });
  it('hashes every key into 7 characters starting with 0 or 1, which the not-found page tells from a title word by', () => {
    const keys = ['', 'a', 'c++nets', 'science', ...Array.from({ length: 2000 }, (_, i) => `paper${i}`)];
    for (const key of keys) expect(titleHash(key)).toMatch(/^[01][0-9a-z]{6}$/);
    // Both first characters occur: the pattern is not narrower than the hashes.
    expect(new Set(keys.map((k) => titleHash(k)[0]))).toEqual(new Set(['0', '1']));
  });
  it('rejects different words as different titles', () => {
    expect(normalizeTitle('Learning to Relax')).not.toBe(normalizeTitle('Learning to Relay'));
  });
  it('parses & and the word "and" as the same title, however spaced', () => {
    expect(normalizeTitle('Search & Rescue Robots')).toBe(normalizeTitle('Search and Rescue Robots'));
    expect(normalizeTitle('Q&A Models')).toBe(normalizeTitle('QA Models'));
    expect(normalizeTitle('Q&A Models')).toBe(normalizeTitle('Q and A Models'));
    expect(normalizeTitle('AND-gates & Or-gates')).toBe(normalizeTitle('And gates and or gates'));
  });
  it('rejects dropping "and" inside a word', () => {
    expect(normalizeTitle('Brand Candles')).toBe('brandcandles');
    expect(normalizeTitle('Andean Landscapes and Sandbars')).toBe('andeanlandscapessandbars');
  });
});

describe('slugifyTitle', () => {
  it('parses titles into ASCII-folded, hyphenated, lowercase slugs', () => {
    expect(slugifyTitle("Let's Make Block Coordinate Descent Converge Faster")).toBe('lets-make-block-coordinate-descent-converge-faster');
    expect(slugifyTitle('Fréchet ℓ₂ Bounds on 8×H100')).toBe('frechet-l2-bounds-on-8-h100');
  });
  it('cuts long titles at a word boundary within the limit', () => {
    const slug = slugifyTitle('Let\'s Make Block Coordinate Descent Converge Faster: Faster Greedy Rules, Message-Passing, Active-Set Complexity, and Superlinear Convergence');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toBe('lets-make-block-coordinate-descent-converge-faster-faster-greedy-rules-message');
  });
  it('rejects an empty result: a title without letters still gets a slug', () => {
    expect(slugifyTitle('🙂 ★')).toBe('paper');
  });
});

describe('assignAddresses', () => {
  const cafe: [string, Spelling[]] = ['cafénets', [{ title: 'Café Nets', first: '2025-11-06' }]];
  const cafeLater: [string, Spelling[]] = ['cafenets', [{ title: 'Cafe Nets', first: '2025-11-07' }]];
  it('parses colliding papers into the base slug for the first listed and a stable suffix for later ones, whatever the order given', () => {
    const one = assignAddresses(new Map([cafe, cafeLater]));
    const two = assignAddresses(new Map([cafeLater, cafe]));
    // Pinned: the suffix is part of a permanent address, so the hash must never change.
    expect(one.get('cafenets')).toEqual({ slug: 'cafe-nets-10i1agw', aliases: [], namesakes: ['cafe-nets'] });
    expect(one.get('cafénets')).toEqual({ slug: 'cafe-nets', aliases: [], namesakes: ['cafe-nets-10i1agw'] });
    expect([...one].sort()).toEqual([...two].sort());
  });
  it('parses papers first listed on one day by key: the same address in every build', () => {
    const sameDay = assignAddresses(new Map([cafeLater, [cafe[0], [{ title: 'Café Nets', first: '2025-11-07' }]]]));
    expect(sameDay.get('cafenets')?.slug).toBe('cafe-nets');
    expect(sameDay.get('cafénets')?.slug).toBe(`cafe-nets-${titleHash('cafénets')}`);
  });
  it('parses later spellings into aliases, which a later paper cannot take: it gets a suffix, and each page names the other', () => {
    const qa: [string, Spelling[]] = ['q&amodels', [{ title: 'Q&A Models', first: '2025-11-06' }, { title: 'QA Models', first: '2025-11-07' }]];
    const later: [string, Spelling[]] = ['qamodels#', [{ title: 'QA Models #', first: '2025-11-08' }]];
    const both = assignAddresses(new Map([qa, later]));
    expect(both.get('q&amodels')).toEqual({ slug: 'q-and-a-models', aliases: ['qa-models'], namesakes: [both.get('qamodels#')?.slug] });
    expect(both.get('qamodels#')).toEqual({ slug: `qa-models-${titleHash('qamodels#')}`, aliases: [], namesakes: ['q-and-a-models'] });
  });
  it('rejects an alias where a paper listed earlier, or the same day, has the address as its own', () => {
    const qa: [string, Spelling[]] = ['q&amodels', [{ title: 'Q&A Models', first: '2025-11-06' }, { title: 'QA Models', first: '2025-11-08' }]];
    for (const first of ['2025-11-07', '2025-11-08']) {
      const owner: [string, Spelling[]] = ['qamodels#', [{ title: 'QA Models #', first }]];
      const both = assignAddresses(new Map([qa, owner]));
      expect(both.get('qamodels#')?.slug, first).toBe('qa-models');
      expect(both.get('q&amodels'), first).toEqual({ slug: 'q-and-a-models', aliases: [], namesakes: ['qa-models'] });
    }
  });
  it('rejects suffixes and namesakes where nothing collides', () => {
    const first = '2025-11-06';
    expect(assignAddresses(new Map([['a', [{ title: 'Alpha', first }]], ['b', [{ title: 'Beta', first }]]])))
      .toEqual(new Map([['a', { slug: 'alpha', aliases: [], namesakes: [] }], ['b', { slug: 'beta', aliases: [], namesakes: [] }]]));
  });
});
