import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, listHtml, page, resolveLink } from '../support/dist.ts';
import { expectedSite } from '../support/expected.ts';

const { corpus, site } = expectedSite();
const read = (rel: string) => readFileSync(path.join(DIST, rel), 'utf8');
const metaContent = (rel: string, attr: 'name' | 'property', key: string) =>
  page(rel).querySelectorAll(`meta[${attr}="${key}"]`).map((m) => m.getAttribute('content'));

describe('permanent links and metadata', () => {
  it('gives every page except 404 a canonical URL without index.html', () => {
    for (const file of listHtml()) {
      const canonical = page(file).querySelectorAll('link[rel=canonical]').map((l) => l.getAttribute('href') ?? '');
      if (file === '404.html') { expect(canonical).toEqual([]); continue; }
      expect(canonical, file).toHaveLength(1);
      expect(canonical[0]).toBe(`https://broadsheet.example.org/${file.replace(/index\.html$/, '')}`);
    }
  });

  it('puts OpenGraph, Twitter, Highwire and ScholarlyArticle JSON-LD on every paper page, inventing nothing', () => {
    for (const paper of site.papers) {
      const rel = `papers/${paper.slug}/index.html`;
      expect(metaContent(rel, 'name', 'citation_title')).toEqual([paper.title]);
      expect(metaContent(rel, 'name', 'citation_author')).toEqual([]);
      expect(metaContent(rel, 'name', 'citation_publication_date')).toEqual(paper.published ? [paper.published.replace(/-/g, '/')] : []);
      // The whole abstract (descriptions are cut at 200 characters), as reference managers store it.
      expect(metaContent(rel, 'name', 'citation_abstract')).toEqual([paper.abstractText]);
      expect(metaContent(rel, 'property', 'og:title')).toEqual([paper.title]);
      expect(metaContent(rel, 'property', 'og:type')).toEqual(['article']);
      expect(metaContent(rel, 'property', 'article:published_time')).toEqual(paper.published ? [paper.published] : []);
      expect(metaContent(rel, 'property', 'article:tag')).toEqual(paper.tags.map((t) => site.tagBySlug.get(t.slug)?.name));
      expect(metaContent(rel, 'name', 'twitter:card')).toEqual(['summary']);
      const scripts = page(rel).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const ld = JSON.parse(scripts[0]?.textContent ?? '');
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', name: paper.title, headline: paper.title, abstract: paper.abstractText });
      expect(ld.url).toBe(`https://broadsheet.example.org/papers/${paper.slug}/`);
      expect(ld.isPartOf.map((p: { url: string }) => p.url)).toEqual(paper.appearances.map((a) => `https://broadsheet.example.org/days/${a.date}/`));
      expect(ld.sourceOrganization?.name).toBe(paper.organization?.name);
      expect(ld.author).toBeUndefined();
      const bibtex = page(rel).querySelector('#bibtex')?.textContent ?? '';
      expect(bibtex).toMatch(/^@misc\{/);
      expect(bibtex).toContain(`\\url{https://broadsheet.example.org/papers/${paper.slug}/}`);
    }
  });

  it('asks for a link-preview card with the site icon on every page, and tells the pages of a list apart in their descriptions', () => {
    // The icons are PNG files in dist/ of the size the page declares (a PNG's width and height sit at bytes 16–23).
    const pngSize = (rel: string) => {
      const bytes = readFileSync(path.join(DIST, rel));
      expect(bytes.subarray(1, 4).toString('latin1'), rel).toBe('PNG');
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    const origin = 'https://broadsheet.example.org/';
    const descriptions = new Map<string, string>();
    for (const file of listHtml()) {
      expect(metaContent(file, 'name', 'twitter:card'), file).toEqual(['summary']);
      const [image] = metaContent(file, 'property', 'og:image');
      expect(image, file).toMatch(new RegExp(`^${origin}[^/]+\\.png$`));
      const declared = ['og:image:width', 'og:image:height'].map((key) => Number(metaContent(file, 'property', key)[0]));
      expect(pngSize(image!.slice(origin.length)), file).toEqual(declared);
      const touch = page(file).querySelector('link[rel=apple-touch-icon]')?.getAttribute('href') ?? '';
      expect(pngSize(resolveLink(file, touch)?.file ?? ''), file).toEqual([180, 180]);
      const description = metaContent(file, 'name', 'description')[0] ?? '';
      if (/page-\d+\/index\.html$/.test(file)) expect(description, file).toMatch(/ Page \d+ of \d+\.$/);
      descriptions.set(file, description);
    }
    expect(descriptions.get('papers/page-2/index.html')).not.toBe(descriptions.get('papers/index.html'));
  });

  it('announces and builds valid RSS and JSON feeds, site-wide and per tag', () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    const feeds = ['', ...site.tags.map((t) => `tags/${t.slug}/`)];
    for (const dir of feeds) {
      const rss = read(`${dir}feed.xml`);
      expect(XMLValidator.validate(rss), `${dir}feed.xml`).toBe(true);
      const channel = xml.parse(rss).rss.channel;
      const items = [channel.item ?? []].flat();
      const json = JSON.parse(read(`${dir}feed.json`));
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      // Feed readers show the icon the pages' previews use.
      expect(json.icon).toBe(metaContent(`${dir}index.html`, 'property', 'og:image')[0]);
      expect(json.items.map((i: { url: string }) => i.url)).toEqual(items.map((i: { link: string }) => i.link));
      expect(json.items.length).toBeGreaterThan(0);
      // A feed names its own address (atom:link rel=self, as validators ask) and when it last changed: its newest item's day.
      expect(channel['atom:link']).toMatchObject({ '@_href': `https://broadsheet.example.org/${dir}feed.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
      expect(channel.lastBuildDate).toBe(items.map((i: { pubDate: string }) => i.pubDate).sort((a: string, b: string) => Date.parse(b) - Date.parse(a))[0]);
      const html = page(`${dir}index.html`);
      const alternates = html.querySelectorAll('link[rel=alternate]').map((l) => resolveLink(`${dir}index.html`, l.getAttribute('href') ?? '')?.file);
      expect(alternates).toEqual(expect.arrayContaining([`${dir}feed.xml`, `${dir}feed.json`, 'feed.xml', 'feed.json']));
    }
    const site0 = JSON.parse(read('feed.json'));
    expect(site0.items[0].url).toBe(`https://broadsheet.example.org/papers/${corpus.days[0]?.entries[0]?.slug}/`);
  });

  it('writes papers.json, sitemap.xml and robots.txt', () => {
    const { papers } = JSON.parse(read('papers.json'));
    expect(papers).toHaveLength(134);
    const climb = papers.find((p: { slug: string }) => p.slug.startsWith('climb-'));
    expect(climb).toMatchObject({ authors: 15, upvotes: 2, published: '2025-04-17', url: expect.stringMatching(/^https:\/\/broadsheet\.example\.org\/papers\/climb-/) });
    expect(climb.appearances).toEqual([{ date: '2025-11-06', position: 1, upvotes: 2 }]);
    // What a curator's note adds reaches programs too; what nobody knows is null, not invented.
    expect(climb).toMatchObject({ links: { project: 'https://research.nvidia.com/labs/lpr/climb/' }, arxivId: null, authorNames: null });
    expect(read('robots.txt')).toContain('Sitemap: https://broadsheet.example.org/sitemap-index.xml');
  });

  it('lists in the sitemap exactly the pages search engines may index', () => {
    const locs = (rel: string): string[] => {
      const xml = read(rel);
      expect(XMLValidator.validate(xml), rel).toBe(true);
      const parsed = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml);
      return (parsed.sitemapindex?.sitemap ?? parsed.urlset?.url ?? []).map((e: { loc: string }) => e.loc);
    };
    const files = locs('sitemap-index.xml');
    expect(files.length).toBeGreaterThan(0);
    const listed = files.flatMap((url) => locs(url.replace('https://broadsheet.example.org/', '')));
    const indexable = listHtml()
      .filter((f) => f !== '404.html' && !page(f).querySelector('meta[name=robots][content~=noindex]'))
      .map((f) => `https://broadsheet.example.org/${f.replace(/index\.html$/, '')}`);
    expect(listed).toEqual([...indexable].sort());
    expect(listed).toContain(`https://broadsheet.example.org/papers/${site.papers[0]?.slug}/`);
  });
});
