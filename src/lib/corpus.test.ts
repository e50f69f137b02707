import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { DigestError } from './diagnostics.ts';
import { parseDigest, type ParsedDigest } from './parse-digest.ts';
import { compareStrings, titleHash } from './titles.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const seeds = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => parseDigest(readFileSync(path.join(SEEDS, f), 'utf8'), `seeds/${f}`));
const digest = (file: string, day: string, body: string) => parseDigest(`${day}\n\n${body}`, file);
const record = (title: string, meta = '  • 2 authors\n·\nMay 1, 2024 3') => `${title}\n\nAbstract of ${title}.\n\n${meta}\n\n`;

describe('buildCorpus on the seeds', () => {
  const corpus = buildCorpus(seeds());
  it('parses 147 records into 134 distinct papers, 13 of them on more than one day', () => {
    expect(corpus.stats).toMatchObject({ digests: 4, records: 147, papers: 134, skipped: 0 });
    expect(corpus.papers.filter((p) => p.appearances.length > 1)).toHaveLength(13);
    expect(corpus.days.map((d) => d.date)).toEqual(['2025-12-11', '2025-12-10', '2025-12-09', '2025-11-06']);
    expect(corpus.days.map((d) => d.entries.length)).toEqual([46, 33, 31, 37]);
  });
  it('keeps every appearance and takes current fields from the latest one', () => {
    const repeated = corpus.papers.filter((p) => p.appearances.length > 1);
    expect(repeated).toHaveLength(13);
    for (const paper of repeated) {
      const dates = paper.appearances.map((a) => a.date);
      expect(new Set(dates).size, paper.slug).toBe(dates.length);
      expect(dates, paper.slug).toEqual([...dates].sort());
      // Upvotes from the latest appearance that showed them (a truncated capture shows none).
      expect(paper.upvotes, paper.slug).toBe(paper.appearances.findLast((a) => a.upvotes !== null)?.upvotes ?? null);
    }
  });
  it('gives every paper a unique slug and every day entry a paper', () => {
    const slugs = new Set(corpus.papers.map((p) => p.slug));
    expect(slugs.size).toBe(134);
    for (const day of corpus.days) for (const e of day.entries) expect(slugs.has(e.slug)).toBe(true);
  });
});

describe('permanent paper URLs', () => {
  it('gives a paper the same slug as later digests are added, whatever the order the files are read in', () => {
    const all = seeds();
    const full = new Map(buildCorpus(all).papers.map((p) => [p.key, p.slug]));
    const byDay = [...all].sort((a, b) => compareStrings(a.date ?? '', b.date ?? ''));
    for (let n = 1; n < byDay.length; n++) {
      for (const p of buildCorpus(byDay.slice(0, n).reverse()).papers) expect(p.slug, `${n} oldest digests`).toBe(full.get(p.key));
    }
  });
});

describe('other addresses', () => {
  it('parses a paper\'s address from its first listing, later spellings into aliases, and a later colliding paper into a suffix', () => {
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Q&A Models for Science') + record('C++ Nets')),
      digest('b.txt', 'Nov 7, 2025', record('QA Models for Science') + record('C# Nets')),
    ]);
    const bySlug = new Map(corpus.papers.map((p) => [p.slug, p]));
    // The address given out first stays; the later spelling is shown and leads to it.
    expect(bySlug.get('q-and-a-models-for-science')).toMatchObject({ title: 'QA Models for Science', aliases: ['qa-models-for-science'] });
    // Two papers (a symbol tells them apart) whose titles give one slug: the one listed first keeps it.
    expect(bySlug.get('c-nets')).toMatchObject({ title: 'C++ Nets', namesakes: ['c-nets-0wpyxbj'] });
    expect(bySlug.get('c-nets-0wpyxbj')).toMatchObject({ title: 'C# Nets', namesakes: ['c-nets'], aliases: [] });
  });
  it('rejects moving an address when a later digest adds a colliding paper or another spelling', () => {
    const addresses = (...digests: ParsedDigest[]) => buildCorpus(digests).papers.map((p) => [p.key, p.slug, p.aliases]);
    const first = digest('a.txt', 'Nov 6, 2025', record('Q&A Models for Science') + record('C++ Nets'));
    const second = digest('b.txt', 'Nov 7, 2025', record('QA Models for Science') + record('C# Nets'));
    // A paper whose title gives the earlier paper's other address, the day after: it cannot take that address either.
    const third = digest('c.txt', 'Nov 8, 2025', record('QA Models for Science #'));
    const one = addresses(first);
    const two = addresses(first, second);
    const three = addresses(first, second, third);
    expect(two).toEqual(expect.arrayContaining(one.map(([key, slug]) => [key, slug, expect.anything()])));
    expect(three).toEqual(expect.arrayContaining(two));
    expect(three.find(([key]) => key === 'qamodelsforscience#')?.[1]).toBe(`qa-models-for-science-${titleHash('qamodelsforscience#')}`);
  });
  it('rejects aliases that are another paper\'s own slug', () => {
    // "QA Models for Science #" (another paper: the symbol tells it apart) owns qa-models-for-science from the first day;
    // the later spelling "QA Models for Science" of the Q&A paper gives that slug too, which stays the other paper's alone.
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Q&A Models for Science') + record('QA Models for Science #')),
      digest('b.txt', 'Nov 7, 2025', record('QA Models for Science')),
    ]);
    const bySlug = new Map(corpus.papers.map((p) => [p.slug, p]));
    expect(bySlug.get('qa-models-for-science')?.title).toBe('QA Models for Science #');
    expect(bySlug.get('q-and-a-models-for-science')).toMatchObject({ title: 'QA Models for Science', aliases: [] });
  });
});

describe('buildCorpus merging', () => {
  it('parses the same paper under title variants as one paper with both appearances', () => {
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Data-free Distillation', '  • 2 authors\n·\nMay 1, 2024 3')),
      digest('b.txt', 'Nov 7, 2025', record('Data free distillation', '  • 2 authors\n·\nMay 1, 2024 9')),
    ]);
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.papers[0]).toMatchObject({ title: 'Data free distillation', upvotes: 9, slug: 'data-free-distillation' });
    expect(corpus.papers[0]?.appearances).toEqual([
      { date: '2025-11-06', position: 1, upvotes: 3 }, { date: '2025-11-07', position: 1, upvotes: 9 },
    ]);
  });
  it('merges a Hugging Face JSON day with a text digest of the same paper, keeping arXiv id and authors', async () => {
    const { parseHfDaily } = await import('./parse-hf-json.ts');
    const json = JSON.stringify([{ paper: { id: '2504.13161', title: 'Data-free  Distillation', summary: 'Abstract of Data-free Distillation.', authors: [{ name: 'A. Author' }, { name: 'B. Author' }], publishedAt: '2024-05-01T10:00:00.000Z', upvotes: 12 }, submittedOnDailyAt: '2025-11-07T00:00:00.000Z' }]);
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Data-free Distillation', '  • 2 authors\n·\nMay 1, 2024 3')),
      parseHfDaily(json, 'b.json'),
    ]);
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.papers[0]).toMatchObject({ arxivId: '2504.13161', authorNames: ['A. Author', 'B. Author'], authors: 2, upvotes: 12 });
    expect(corpus.papers[0]?.appearances.map((a) => a.date)).toEqual(['2025-11-06', '2025-11-07']);
  });
  it('keeps earlier metadata and the whole abstract when the latest capture is truncated', () => {
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Alpha', '  • 4 authors\n·\nMay 1, 2024 3')),
      digest('b.txt', 'Nov 7, 2025', 'Alpha\n\nAbstract of Al\n\n' + record('Beta')),
    ]);
    expect(corpus.papers.find((p) => p.slug === 'alpha')).toMatchObject({ abstract: 'Abstract of Alpha.', authors: 4, published: '2024-05-01', upvotes: 3 });
    expect(corpus.papers.find((p) => p.slug === 'alpha')?.appearances.map((a) => a.upvotes)).toEqual([3, null]);
    expect(corpus.problems.map((p) => p.code)).not.toContain('same-title');
  });
  it('parses one paper from spellings that differ in accents, LaTeX accents or punctuation, and rejects merging titles a symbol tells apart', () => {
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Naïve Bayes Revisited') + record("Fr\\'echet Means") + record('The (1+λ) Evolutionary Algorithm')),
      digest('b.txt', 'Nov 7, 2025', record('Naive Bayes Revisited') + record('Fréchet Means') + record('The (1,λ) Evolutionary Algorithm')),
    ]);
    expect(corpus.papers.filter((p) => p.title.startsWith('Na')).map((p) => [p.slug, p.appearances.length])).toEqual([['naive-bayes-revisited', 2]]);
    expect(corpus.papers.filter((p) => p.title.startsWith('Fr')).map((p) => p.appearances.length)).toEqual([2]);
    expect(corpus.papers.filter((p) => p.title.includes('Evolutionary')).map((p) => p.appearances.length)).toEqual([1, 1]);
  });
  it('parses & and "and" in a title as one paper when the abstract agrees, and as two papers when it does not', () => {
    const listing = (title: string, abstract: string) => `${title}\n\n${abstract}\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n`;
    const rescue = 'Robots that search rubble for survivors after earthquakes.';
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', listing('Search & Rescue Robots', rescue) + listing('Q&A Models', 'Models that answer questions.')),
      digest('b.txt', 'Nov 7, 2025', listing('Search and Rescue Robots', rescue) + listing('Q and A Models', 'A survey of quantization-aware training.')),
    ]);
    expect(corpus.papers.filter((p) => p.title.startsWith('Search')).map((p) => [p.slug, p.appearances.length])).toEqual([['search-and-rescue-robots', 2]]);
    expect(corpus.papers.filter((p) => p.title.startsWith('Q')).map((p) => p.slug).sort()).toEqual(['q-and-a-models', `q-and-a-models-${titleHash('qamodels~2')}`]);
    expect(corpus.problems.map((p) => [p.code, p.file, p.line])).toEqual([['same-title', 'b.txt', 11]]);
  });
  it('rejects merging a short abstract (\'Withdrawn.\') with a different paper by its few words, yet merges it when all of it agrees', () => {
    const long = 'We show that a withdrawn submission policy improves peer review quality across several large venues and years.';
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', `Gamma\n\n${long}\n\n  • 2 authors\n·\nMay 1, 2024 3\n\nDelta\n\nWithdrawn.\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n`),
      digest('b.txt', 'Nov 7, 2025', `Gamma\n\nWithdrawn.\n\n  • 2 authors\n·\nMay 1, 2024 3\n\nDelta\n\nwithdrawn\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n`),
    ]);
    expect(corpus.papers.filter((p) => p.title === 'Gamma').map((p) => p.appearances.length)).toEqual([1, 1]);
    expect(corpus.papers.filter((p) => p.title === 'Delta').map((p) => p.appearances.length)).toEqual([2]);
    expect(corpus.problems.map((p) => [p.code, p.file])).toEqual([['same-title', 'b.txt']]);
  });
  it('rejects an empty digest as a day page: the day is left out with a warning naming file and day line', () => {
    const corpus = buildCorpus([digest('a.txt', 'Nov 6, 2025', record('Alpha')), parseDigest('Nov 7, 2025\n', 'b.txt')]);
    expect(corpus.days.map((d) => d.date)).toEqual(['2025-11-06']);
    expect(corpus.problems.map((p) => [p.code, p.severity, p.file, p.line])).toEqual([['empty-digest', 'warning', 'b.txt', 1]]);
    expect(corpus.stats).toMatchObject({ records: 1, skipped: 0 });
  });
  it('rejects a title listed twice on one day as a second paper: the day lists it once, with a warning naming file and line', () => {
    const corpus = buildCorpus([digest('a.txt', 'Nov 6, 2025', record('Alpha') + record('Alpha') + record('Beta'))]);
    expect(corpus.days[0]?.entries.map((e) => [e.position, e.slug])).toEqual([[1, 'alpha'], [3, 'beta']]);
    expect(corpus.papers.map((p) => p.slug)).toEqual(['alpha', 'beta']);
    expect(corpus.stats).toMatchObject({ records: 3, skipped: 0 });
    expect(corpus.problems.map((p) => [p.code, p.file, p.line])).toEqual([['repeated-title', 'a.txt', 11]]);
  });
  it('parses a different abstract under a known title, that day or later, into another paper at a suffixed address, reported', () => {
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Beta') + 'Beta\n\nAnother paper entirely, under the same title.\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n'),
      digest('b.txt', 'Nov 7, 2025', 'Beta\n\nA wholly different abstract.\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n' + record('Beta')),
    ]);
    const betas = corpus.papers.filter((p) => p.title === 'Beta');
    expect(new Map(betas.map((p) => [p.abstract, [p.slug, p.appearances.map((a) => a.date)]]))).toEqual(new Map([
      ['Abstract of Beta.', ['beta', ['2025-11-06', '2025-11-07']]],
      ['Another paper entirely, under the same title.', [`beta-${titleHash('beta~2')}`, ['2025-11-06']]],
      ['A wholly different abstract.', [`beta-${titleHash('beta~3')}`, ['2025-11-07']]],
    ]));
    // Nothing is left off: every listing is on its day, and each page names the others.
    expect(corpus.stats).toMatchObject({ records: 4, skipped: 0 });
    expect(corpus.days.map((d) => d.entries.length)).toEqual([2, 2]);
    expect(betas[0]?.namesakes).toEqual([`beta-${titleHash('beta~2')}`, `beta-${titleHash('beta~3')}`].sort());
    expect(corpus.problems.map((p) => [p.code, p.file, p.line])).toEqual([['same-title', 'a.txt', 11], ['same-title', 'b.txt', 3]]);
  });
  it('parses a title listed twice on one day, truncated first, as its complete listing', () => {
    const corpus = buildCorpus([digest('a.txt', 'Nov 6, 2025', 'Gamma\n\nAbstract of Gam\n\n' + record('Gamma', '  • 7 authors\n·\nMay 1, 2024 12'))]);
    expect(corpus.papers[0]).toMatchObject({ abstract: 'Abstract of Gamma.', authors: 7, upvotes: 12 });
    expect(corpus.days[0]?.entries.map((e) => [e.position, e.upvotes])).toEqual([[2, 12]]);
  });
  it('rejects silently taking a new abstract through a truncated first listing: the complete one is compared with the day before', () => {
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Alpha')),
      digest('b.txt', 'Nov 7, 2025', 'Alpha\n\nA\n\nAlpha\n\nA wholly different text about something else.\n\n  • 2 authors\n·\nMay 1, 2024 3\n'),
    ]);
    expect(corpus.problems.map((p) => [p.code, p.file])).toContainEqual(['same-title', 'b.txt']);
    expect(corpus.papers.find((p) => p.slug === 'alpha')?.abstract).toBe('Abstract of Alpha.');
    expect(corpus.papers.map((p) => p.abstract)).toContain('A wholly different text about something else.');
  });
  it('parses maths written as LaTeX in one capture and stripped in another as one abstract, without a warning', () => {
    const body = 'We scale evolution strategies to billion-parameter models, perturbing a weight matrix';
    const corpus = buildCorpus([
      digest('a.txt', 'Nov 6, 2025', `Hyperscale ES\n\n${body} EinR^{mtimes n} with low-rank noise for speed.\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n`),
      digest('b.txt', 'Nov 7, 2025', `Hyperscale ES\n\n${body} $E\\in\\mathbb{R}^{m\\times n}$ with low-rank noise for speed.\n\n  • 2 authors\n·\nMay 1, 2024 3\n\n`),
    ]);
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.problems.map((p) => p.code)).toEqual([]);
  });
  it('rejects two digests for the same day, and every parse error at once', () => {
    const run = () => buildCorpus([
      digest('a.txt', 'Nov 6, 2025', record('Alpha')),
      digest('b.txt', 'Nov 6, 2025', record('Beta')),
      digest('c.txt', 'Nov 8, 2025', record('Gamma', '  • 2 authors\nMay 1')),
    ]);
    expect(run).toThrow(DigestError);
    try { run(); } catch (error) {
      const codes = (error as DigestError).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.code}`);
      expect(codes.sort()).toEqual(['b.txt:duplicate-day', 'c.txt:missing-separator']);
      expect((error as Error).message).toContain('c.txt:8:1');
      // The duplicate is shown at its day line, with the line in a frame.
      const duplicate = (error as DigestError).diagnostics.find((d) => d.code === 'duplicate-day');
      expect(duplicate).toMatchObject({ line: 1 });
      expect(duplicate?.frame).toMatch(/^> 1 \| Nov 6, 2025$/m);
    }
  });
  it('parses leniently: bad records become warnings and are counted as skipped', () => {
    const corpus = buildCorpus([
      digest('c.txt', 'Nov 8, 2025', record('Gamma', '  • 2 authors\nMay 1') + record('Delta')),
    ], { lenient: true });
    expect(corpus.papers.map((p) => p.title)).toEqual(['Delta']);
    expect(corpus.stats).toMatchObject({ records: 1, skipped: 1, warnings: 1 });
    expect(corpus.problems[0]).toMatchObject({ code: 'missing-separator', severity: 'warning' });
  });
});
