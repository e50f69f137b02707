import { describe, expect, it } from 'vitest';
import { describePage, pageNumbers, titlePage, paginate, pagePath, RESERVED_SLUG } from './pagination.ts';
import { assignAddresses } from './titles.ts';

describe('paginate', () => {
  it('parses a list into pages with paths, neighbours and offsets', () => {
    const pages = paginate([1, 2, 3, 4, 5], 'papers/', 2);
    expect(pages.map((p) => [p.path, p.items, p.prev, p.next, p.offset])).toEqual([
      ['papers/', [1, 2], null, 'papers/page-2/', 0],
      ['papers/page-2/', [3, 4], 'papers/', 'papers/page-3/', 2],
      ['papers/page-3/', [5], 'papers/page-2/', null, 4],
    ]);
  });
  it('rejects a page size that holds no item or part of one', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => paginate([1, 2, 3], 'x/', size), String(size)).toThrow(/whole number ≥ 1/);
  });
  it('makes an empty list one empty page', () => {
    expect(paginate([], 'x/')).toMatchObject([{ number: 1, count: 1, items: [], path: 'x/' }]);
    expect(pagePath('x/', 1)).toBe('x/');
  });
  it('reserves page-n slugs so a paper titled "Page 2" never takes a list page\'s URL', () => {
    expect(RESERVED_SLUG.test('page-2')).toBe(true);
    const slugs = assignAddresses(new Map([['page2', [{ title: 'Page 2', first: '2025-11-06' }]], ['page3', [{ title: 'Page3', first: '2025-11-06' }, { title: 'Page 3', first: '2025-11-07' }]]]));
    expect(slugs.get('page2')?.slug).toBe('page-2-1t6rh1o');
    // Nor does a later spelling: no alias page where a list page will be.
    expect(slugs.get('page3')?.aliases).toEqual([]);
  });
});

describe('describePage', () => {
  it('parses a later page\'s description into the list\'s own and which page it is', () => {
    expect(describePage('All 134 papers, latest appearance first.', { number: 2, count: 3 })).toBe('All 134 papers, latest appearance first. Page 2 of 3.');
  });
  it('rejects adding a page number to the first page, which stands for the whole list', () => {
    expect(describePage('All 134 papers.', { number: 1, count: 3 })).toBe('All 134 papers.');
  });
  it('parses page numbers of thousands as the pager prints them', () => {
    expect(describePage('All papers.', { number: 1000, count: 1050 })).toBe('All papers. Page 1,000 of 1,050.');
  });
});

describe('pageNumbers', () => {
  it('parses a page of a long list into the first, the last and two on either side, gaps between', () => {
    expect(pageNumbers(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageNumbers(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageNumbers(100, 100)).toEqual([1, null, 98, 99, 100]);
  });
  it('rejects a gap standing for one number: the number is shown', () => {
    expect(pageNumbers(5, 100)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 100]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('parses short lists into every page, and one page into itself', () => {
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });
});

describe('titlePage', () => {
  it('parses a later page\'s title into the list\'s own and its number, grouped', () => {
    expect(titlePage('All papers', { number: 1204 })).toBe('All papers, page 1,204');
  });
  it('rejects numbering the first page', () => {
    expect(titlePage('Bilevel optimization', { number: 1 })).toBe('Bilevel optimization');
  });
});
