import { describe, expect, it } from 'vitest';
import { latestPapers, latestTagPapers } from './feeds.ts';
import type { PaperView, SiteModel } from './site-model.ts';

const paper = (slug: string, lastSeen: string, upvotes: number | null): PaperView => ({
  slug, key: slug, title: slug, rawTitle: slug, abstract: 'A.', abstractText: 'A.', authors: 1, organization: null, published: '2025-01-01', upvotes,
  appearances: [{ date: lastSeen, position: 1, upvotes }], tags: [], lastSeen, similar: [], arxivId: null, authorNames: null, links: {}, hasNote: false, aliases: [], namesakes: [],
});
const papers = [paper('old', '2025-11-01', 90), paper('new-few', '2025-11-03', 1), paper('new-many', '2025-11-03', 40), paper('no-votes', '2025-11-03', null)];
const bySlug = new Map(papers.map((p) => [p.slug, p]));
const day = (date: string, slugs: string[]) => ({ date, file: `${date}.txt`, entries: slugs.map((slug, i) => ({ slug, position: i + 1, upvotes: 0 })) });
const site = { bySlug, days: [day('2025-11-03', ['new-few', 'new-many', 'old']), day('2025-11-01', ['old'])] } as unknown as SiteModel;

describe('latestPapers', () => {
  it('parses the days into papers newest day first, in the day\'s order, each once', () => {
    expect(latestPapers(site).map((p) => p.slug)).toEqual(['new-few', 'new-many', 'old']);
  });
  it('rejects papers past the limit', () => {
    expect(latestPapers(site, 2).map((p) => p.slug)).toEqual(['new-few', 'new-many']);
  });
});

describe('latestTagPapers', () => {
  it('parses a topic into its papers of the latest day first, most upvoted first, unknown upvotes last', () => {
    expect(latestTagPapers({ papers: ['old', 'no-votes', 'new-few', 'new-many'] }, site).map((p) => p.slug)).toEqual(['new-many', 'new-few', 'no-votes', 'old']);
  });
  it('rejects papers past the limit, and a slug no paper has with an error (the model made the list)', () => {
    expect(latestTagPapers({ papers: ['old', 'new-many', 'new-few'] }, site, 1).map((p) => p.slug)).toEqual(['new-many']);
    expect(() => latestTagPapers({ papers: ['old', 'gone', 'new-few'] }, site, 1)).toThrow(/holds no paper gone/);
  });
});
