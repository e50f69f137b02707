import { describe, expect, it } from 'vitest';
import type { Day, Paper } from './corpus.ts';
import { buildSiteModel, listDayItems, listPapers, listTopics } from './site-model.ts';
import type { TagDefinition } from './taxonomy.ts';
import { UNTAGGED } from './untagged.ts';

const GRAPHS = 'We study graph neural networks, message passing and graph convolution.';
const SOLVERS = 'A linear system solver; each linear system is preconditioned.';
const paper = (slug: string, abstract: string, upvotes: number | null, dates: string[], extra: Partial<Paper> = {}): Paper => ({
  slug, key: slug, title: slug.toUpperCase(), abstract, authors: 2, organization: null, published: '2024-01-01', upvotes,
  appearances: dates.map((date) => ({ date, position: 1, upvotes })), arxivId: null, authorNames: null, aliases: [], namesakes: [], ...extra,
});
const taxonomy: TagDefinition[] = [
  { slug: 'graphs', name: 'Graphs', description: 'Graphs.', include: ['graph neural network', 'message passing', 'graph convolution'] },
  { slug: 'solvers', name: 'Solvers', description: 'Solvers.', include: ['linear system', 'preconditioned'] },
  { slug: 'unused', name: 'Unused', description: 'No paper.', include: ['nothing matches this phrase'] },
];
const papers = [
  paper('gnn-a', GRAPHS, 3, ['2025-10-30', '2025-11-06']),
  paper('gnn-b', `${GRAPHS} ${SOLVERS}`, 9, ['2025-11-06']),
  paper('gnn-c', GRAPHS, null, ['2025-11-06'], { aliases: ['gnn-c-old'] }),
  paper('solve', SOLVERS, 1, ['2025-10-30']),
  paper('other', 'Nothing of the taxonomy here.', 0, ['2025-10-30']),
];
const days: Day[] = [
  { date: '2025-10-30', file: 'a.txt', entries: [] },
  { date: '2025-11-06', file: 'b.txt', entries: [] },
];
const site = buildSiteModel(papers, days, taxonomy, { similar: false });

describe('buildSiteModel', () => {
  it('parses papers into views ordered by latest day, then upvotes (unknown last), then title', () => {
    expect(site.papers.map((p) => p.slug)).toEqual(['gnn-b', 'gnn-a', 'gnn-c', 'solve', 'other']);
    expect(site.bySlug.get('gnn-a')?.lastSeen).toBe('2025-11-06');
    expect(site.days.map((d) => d.date)).toEqual(['2025-11-06', '2025-10-30']);
  });
  it('parses tags into pages with their papers, related topics and counts per day and month', () => {
    expect(site.tags.map((t) => [t.slug, t.papers])).toEqual([
      ['graphs', ['gnn-b', 'gnn-a', 'gnn-c']],
      ['solvers', ['gnn-b', 'solve']],
      [UNTAGGED, ['other']],
    ]);
    const graphs = site.tagBySlug.get('graphs');
    expect(graphs?.related).toEqual([{ slug: 'solvers', count: 1 }]);
    // Every appearance counts on its day; a paper counts once, in the month of its first day.
    expect(graphs?.perDay).toEqual([{ date: '2025-11-06', count: 3 }, { date: '2025-10-30', count: 1 }]);
    expect(graphs?.perMonth).toEqual([{ month: '2025-11', count: 2 }, { month: '2025-10', count: 1 }]);
    expect(graphs?.perMonth.reduce((n, m) => n + m.count, 0)).toBe(graphs?.papers.length);
  });
  it('rejects topic pages no paper fills, and an untagged page when every paper has a topic', () => {
    expect(site.tagBySlug.has('unused')).toBe(false);
    const tagged = buildSiteModel(papers.filter((p) => p.slug !== 'other'), days, taxonomy, { similar: false });
    expect(tagged.tagBySlug.has(UNTAGGED)).toBe(false);
  });
  it('parses other addresses into the papers they lead to', () => {
    expect(site.aliases).toEqual(new Map([['gnn-c-old', ['gnn-c']]]));
  });
});

describe('listTopics and listDayItems', () => {
  it('parses the tags into the topics proper, without the untagged list, in the site\'s order', () => {
    expect(listTopics(site).map((t) => t.slug)).toEqual(['graphs', 'solvers']);
  });
  it('parses a day into its papers in listing order, with position and upvotes on that day', () => {
    const day = { date: '2025-11-06', entries: [{ slug: 'gnn-b', position: 1, upvotes: 9 }, { slug: 'gnn-a', position: 2, upvotes: null }] };
    expect(listDayItems(day, site).map((i) => [i.paper.title, i.position, i.upvotes])).toEqual([['GNN-B', 1, 9], ['GNN-A', 2, null]]);
  });
  it('parses a list of slugs into its papers, in order', () => {
    expect(listPapers(['solve', 'gnn-a'], site).map((p) => p.title)).toEqual(['SOLVE', 'GNN-A']);
  });
  it('rejects a slug the model does not hold instead of leaving it out', () => {
    expect(() => listPapers(['gnn-a', 'nowhere'], site)).toThrow(/holds no paper nowhere/);
  });
  it('rejects a day listing a paper the model does not hold, naming both', () => {
    expect(() => listDayItems({ date: '2025-11-06', entries: [{ slug: 'nowhere', position: 1, upvotes: null }] }, site)).toThrow(/2025-11-06 lists nowhere/);
  });
});
