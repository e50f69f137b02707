import { describe, expect, it } from 'vitest';
import { aliasPageKey, dayPageKey, paperPageKey } from './page-keys.ts';
import type { PaperView, SiteModel, TagView } from './site-model.ts';

const paper = (slug: string, title: string, similar: string[] = []): PaperView => ({
  slug, key: slug, title, rawTitle: title, abstract: 'A.', abstractText: 'A.', authors: 3, organization: null, published: '2025-01-01', upvotes: 4,
  appearances: [{ date: '2025-12-01', position: 1, upvotes: 4 }], tags: [{ slug: 'rl', score: 3, evidence: [] }], lastSeen: '2025-12-01',
  similar, arxivId: null, authorNames: null, links: {}, hasNote: false, aliases: [], namesakes: [],
});
const tag = (name: string): TagView => ({ slug: 'rl', name, description: '', parent: null, hasNote: false, papers: [], related: [], perDay: [], perMonth: [] });
function site(papers: PaperView[], tagName = 'Reinforcement learning'): Pick<SiteModel, 'bySlug' | 'tagBySlug'> {
  return { bySlug: new Map(papers.map((p) => [p.slug, p])), tagBySlug: new Map([['rl', tag(tagName)]]) };
}

describe('paperPageKey', () => {
  const a = paper('a', 'Paper A', ['b']);
  const b = paper('b', 'Paper B');
  it('parses the same page data into the same key, build after build', () => {
    expect(paperPageKey(a, site([a, b]))).toBe(paperPageKey(paper('a', 'Paper A', ['b']), site([paper('a', 'Paper A', ['b']), paper('b', 'Paper B')])));
  });
  it('rejects a stale page: the key changes with the paper, a similar paper\'s title, or a tag\'s name', () => {
    const key = paperPageKey(a, site([a, b]));
    expect(paperPageKey({ ...a, upvotes: 5 }, site([a, b]))).not.toBe(key);
    expect(paperPageKey(a, site([a, paper('b', 'Paper B, revised')]))).not.toBe(key);
    expect(paperPageKey(a, site([a, b], 'RL'))).not.toBe(key);
    expect(paperPageKey({ ...a, similar: [] }, site([a, b]))).not.toBe(key);
    // A namesake's title is shown on the page too.
    const named = { ...a, namesakes: ['b'] };
    expect(paperPageKey(named, site([named, paper('b', 'Paper B, revised')]))).not.toBe(paperPageKey(named, site([named, b])));
  });
});

describe('dayPageKey', () => {
  const a = paper('a', 'Paper A');
  const day = { date: '2025-12-01', entries: [{ slug: 'a', position: 1, upvotes: 4 }] } as unknown as Parameters<typeof dayPageKey>[0];
  it('parses the same day into the same key', () => {
    // Equal but distinct papers: each key is computed afresh, never taken from the other's cached item hash.
    expect(dayPageKey(day, ['2025-12-02', undefined], site([paper('a', 'Paper A')])))
      .toBe(dayPageKey(day, ['2025-12-02', undefined], site([paper('a', 'Paper A')])));
  });
  it('rejects a stale day: the key changes with a listed paper or a new neighbouring day', () => {
    const key = dayPageKey(day, [undefined, '2025-11-30'], site([a]));
    expect(dayPageKey(day, ['2025-12-02', '2025-11-30'], site([a]))).not.toBe(key);
    expect(dayPageKey(day, [undefined, '2025-11-30'], site([{ ...a, abstractText: 'B.' }]))).not.toBe(key);
  });
});

describe('aliasPageKey', () => {
  it('parses an old address into a key that changes when the paper it leads to is retitled', () => {
    const key = aliasPageKey('old', ['a'], site([paper('a', 'Paper A')]));
    expect(aliasPageKey('old', ['a'], site([paper('a', 'Paper A')]))).toBe(key);
    expect(aliasPageKey('old', ['a'], site([paper('a', 'Paper A2')]))).not.toBe(key);
  });
});
