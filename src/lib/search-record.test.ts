import { describe, expect, it } from 'vitest';
import type { PaperView, TagView } from './site-model.ts';
import { EXCERPT_END, searchDocument, searchFilterChoices, searchFormFields, searchHtml } from './search-record.ts';
import { SORT_VALUES, sortValue, type SortKey } from './search-sorts.ts';

const paper: PaperView = {
  slug: 'evil', key: 'evil', title: '<script>x</script> & "T"', abstract: 'A <b>bold</b> claim.', authors: null,
  organization: { handle: 'o', name: 'Org: "A", B' }, published: '2025-10-03', upvotes: 7,
  appearances: [{ date: '2025-12-09', position: 1, upvotes: 7 }], tags: [{ slug: 'rl', score: 3, evidence: [] }], lastSeen: '2025-12-09', similar: [], arxivId: null, authorNames: null, rawTitle: '<script>x</script> & "T"', abstractText: 'A <b>bold</b> claim.', links: {}, hasNote: false, aliases: [], namesakes: [],
};
const tag = (slug: string, name: string): [string, TagView] => [slug, { slug, name, description: '', parent: null, hasNote: false, papers: [], related: [], perDay: [], perMonth: [] }];
// As the site model names them: the untagged list under the name its page has.
const site = { tagBySlug: new Map([tag('rl', 'Reinforcement learning'), tag('untagged', 'Untagged')]) };
/** A paper's search document as the indexer hands it to Pagefind: its URL and HTML. */
const searchRecord = (p: PaperView, model: typeof site) => {
  const doc = searchDocument(p, model);
  return { url: doc.url, html: searchHtml(doc) };
};

describe('searchRecord', () => {
  it('parses a paper into title, abstract, filters, metadata and sort keys', () => {
    const { url, html } = searchRecord(paper, site);
    expect(url).toBe('/papers/evil/');
    expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-weight="10">&#x3C;script>x&#x3C;/script> &#x26; "T"</h1>');
    expect(html).toContain('<span data-pagefind-filter="tag:Reinforcement learning"></span>');
    expect(html).toContain('<span data-pagefind-filter="day:2025-12-09"></span>');
    expect(html).toContain('<span data-pagefind-filter="year:2025"></span>');
    expect(html).toContain('<span data-pagefind-filter="organization:Org: &#x22;A&#x22;, B"></span>');
    expect(html).toContain('<span data-pagefind-sort="upvotes:0000007"></span>');
    expect(html).toContain('<span data-pagefind-meta="organization:Org: &#x22;A&#x22;, B"></span>');
    expect(searchRecord({ ...paper, authors: 1 }, site).html).toContain('<span data-pagefind-meta="authors:1 author"></span>');
  });
  it('rejects markup in digest text: it is escaped, never parsed', () => {
    expect(searchRecord(paper, site).html).not.toMatch(/<script>|<b>/);
  });
  it('files a paper without tags under Untagged and leaves unknown fields out', () => {
    const { html } = searchRecord({ ...paper, tags: [], published: null, organization: null, upvotes: null }, site);
    expect(html).toContain('tag:Untagged');
    expect(html).not.toMatch(/year:|meta="published:|organization:|meta="upvotes|meta="authors|meta="organization/);
  });
  it('parses an undated paper into date sort keys that put it last either way, so sorting by date never drops it', () => {
    const undated = searchRecord({ ...paper, published: null }, site).html;
    expect(undated).toContain('<span data-pagefind-sort="newest:0000-00-00"></span>');
    expect(undated).toContain('<span data-pagefind-sort="oldest:9999-12-31"></span>');
    expect(searchRecord(paper, site).html).toMatch(/data-pagefind-sort="newest:2025-10-03".*data-pagefind-sort="oldest:2025-10-03"/);
  });
});

describe('sortValue', () => {
  it('parses every sort value back from the metadata a result carries, dated or not, upvoted or not', () => {
    for (const variant of [paper, { ...paper, published: null, upvotes: null }, { ...paper, upvotes: 1234 }]) {
      const { data } = searchDocument(variant, site);
      const meta = Object.fromEntries(data.filter(([kind]) => kind === 'meta').map(([, key, value]) => [key, value]));
      const sorts = data.filter(([kind]) => kind === 'sort').map(([, key, value]) => [key, value]);
      expect(sorts.map(([key]) => key).sort()).toEqual(Object.keys(SORT_VALUES).sort());
      for (const [key, value] of sorts) expect(sortValue(key as SortKey, meta[SORT_VALUES[key as SortKey].meta])).toBe(value);
    }
  });
});

describe('searchRecord with repaired LaTeX', () => {
  it('indexes the repaired and the raw form, so both "ℓ₁" and "ell_1" find the paper', () => {
    const { html } = searchRecord({ ...paper, title: 'Beyond ℓ₁ sparse coding', rawTitle: 'Beyond ell_1 sparse coding', abstract: 'On 8timesH100.', abstractText: 'On 8×H100.' }, site);
    expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-weight="10">Beyond ℓ₁ sparse coding</h1>');
    expect(html).toContain('<p>On 8×H100.</p>');
    expect(html).toContain('<p data-pagefind-weight="0.5">ell_1 8timesH100.</p>');
  });
  it('parses the abstract first and ends the excerptable text before the title and raw spellings', () => {
    const { html } = searchRecord({ ...paper, title: 'Beyond ℓ₁ sparse coding', rawTitle: 'Beyond ell_1 sparse coding', abstract: 'On 8timesH100.', abstractText: 'On 8×H100.' }, site);
    const order = ['<p>On 8×H100.</p>', `<p>${EXCERPT_END}</p>`, '<h1', 'ell_1 8timesH100.'].map((part) => html.indexOf(part));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });
  it('rejects an excerpt end inside the abstract: only the one the document places remains', () => {
    const { html } = searchRecord({ ...paper, abstractText: `Three stars ${EXCERPT_END} in an abstract.` }, site);
    expect(html.split(EXCERPT_END)).toHaveLength(2);
    expect(html).toContain('<p>Three stars   in an abstract.</p>');
  });
});

describe('searchFilterChoices', () => {
  const other = { ...paper, slug: 'other', tags: [], published: '2024-01-02', organization: null, appearances: [{ date: '2025-12-10', position: 1, upvotes: 1 }] };
  it('counts every value of every filter, tags by name, years and days newest first', () => {
    const choices = searchFilterChoices({ ...site, papers: [paper, other, { ...paper, slug: 'third' }] });
    expect(choices.tag).toEqual([{ value: 'Reinforcement learning', count: 2 }, { value: 'Untagged', count: 1 }]);
    expect(choices.year).toEqual([{ value: '2025', count: 2 }, { value: '2024', count: 1 }]);
    expect(choices.organization).toEqual([{ value: 'Org: "A", B', count: 2 }]);
    expect(choices.day).toEqual([{ value: '2025-12-10', count: 1 }, { value: '2025-12-09', count: 2 }]);
  });
  it('lists every filter value a search record carries, so no indexed value is unreachable from the form', () => {
    const papers = [paper, other];
    const choices = searchFilterChoices({ ...site, papers });
    for (const p of papers) {
      const { html } = searchRecord(p, site);
      const inRecord = [...html.matchAll(/data-pagefind-filter="(\w+):([^"]*)"/g)].map((m) => [m[1], m[2]?.replace(/&#x22;/g, '"')]);
      for (const [filter, value] of inRecord) expect(choices[filter as keyof typeof choices].map((c) => c.value)).toContain(value);
    }
  });
});

describe('searchFormFields', () => {
  const model = { ...site, tags: [...site.tagBySlug.values()], days: [{ date: '2025-12-10' }, { date: '2025-12-09' }] } as unknown as Parameters<typeof searchFormFields>[0];
  it('parses the papers into the form\'s lists, each option with its count, topics with their page\'s slug, and the days newest first', () => {
    const { selects, days } = searchFormFields({ ...model, papers: [paper, { ...paper, slug: 'two' }] });
    expect(selects.map((f) => [f.key, f.label, f.all, f.options])).toEqual([
      ['tag', 'Topic', 'All topics', [{ value: 'Reinforcement learning', text: 'Reinforcement learning (2)', slug: 'rl' }]],
      ['year', 'Year', 'All years', [{ value: '2025', text: '2025 (2)' }]],
      ['organization', 'Organization', 'All organizations', [{ value: 'Org: "A", B', text: 'Org: "A", B (2)' }]],
    ]);
    expect(days).toEqual(['2025-12-10', '2025-12-09']);
  });
  it('rejects a list no paper has a value for: no organization, no organization field', () => {
    const { selects } = searchFormFields({ ...model, papers: [{ ...paper, organization: null, published: null }] });
    expect(selects.map((f) => f.key)).toEqual(['tag']);
  });
});
