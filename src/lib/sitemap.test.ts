import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapFiles } from './sitemap.ts';

const site = 'https://example.org/digest/';
const fileUrl = (name: string) => `${site}${name}`;
const locs = (xml: string): string[] => {
  const parsed = new XMLParser().parse(xml) as { urlset?: { url?: { loc: string } | { loc: string }[] }; sitemapindex?: { sitemap: { loc: string } | { loc: string }[] } };
  const items = parsed.urlset?.url ?? parsed.sitemapindex?.sitemap ?? [];
  return (Array.isArray(items) ? items : [items]).map((i) => i.loc);
};

describe('sitemapFiles', () => {
  it('writes one sorted, deduplicated, valid urlset and an index that lists it', () => {
    const files = sitemapFiles([`${site}papers/b/`, `${site}`, `${site}papers/a/`, `${site}papers/b/`], fileUrl);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    for (const f of files) expect(XMLValidator.validate(f.xml)).toBe(true);
    expect(locs(files[0]!.xml)).toEqual([site, `${site}papers/a/`, `${site}papers/b/`]);
    expect(locs(files[1]!.xml)).toEqual([`${site}sitemap-0.xml`]);
  });

  it('splits at the file limit, in order, and lists every file in the index', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `${site}days/2025-01-0${i + 1}/`);
    const files = sitemapFiles(urls.toReversed(), fileUrl, 3);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-index.xml']);
    expect(files.slice(0, 3).flatMap((f) => locs(f.xml))).toEqual(urls);
    expect(locs(files[3]!.xml)).toEqual([0, 1, 2].map((i) => `${site}sitemap-${i}.xml`));
  });

  it('escapes XML in URLs', () => {
    const [file] = sitemapFiles([`${site}search/?q=a&b='c'`], fileUrl);
    expect(XMLValidator.validate(file!.xml)).toBe(true);
    expect(file!.xml).toContain('?q=a&amp;b=&apos;c&apos;');
    expect(locs(file!.xml)).toEqual([`${site}search/?q=a&b='c'`]);
  });

  it('rejects relative URLs and a file limit that is not a whole number ≥ 1', () => {
    expect(() => sitemapFiles(['papers/a/'], fileUrl)).toThrow(/absolute http\(s\) URL, got "papers\/a\/"/);
    expect(() => sitemapFiles([site], fileUrl, 0)).toThrow(/whole number ≥ 1/);
    expect(() => sitemapFiles([site], fileUrl, 2.5)).toThrow(/whole number ≥ 1/);
  });
});
