import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, isFile, listHtml, page, paperSlugOf, resolveLink } from '../support/dist.ts';
import { expectedSite } from '../support/expected.ts';

const { corpus, site } = expectedSite();
const dirs = (rel: string) => readdirSync(path.join(DIST, rel), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const text = (rel: string, selector: string) => page(rel).querySelectorAll(selector).map((e) => e.text.replace(/\s+/g, ' ').trim());
const listedOn = (rel: string) => page(rel).querySelectorAll('.paper-item .paper-title a').map((a) => paperSlugOf(a.getAttribute('href') ?? ''));
/** Papers of a list, following its pages (rel=next) to the end. */
function listedPapers(rel: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (let file: string | undefined = rel; file;) {
    out.push(...listedOn(file));
    const next: string | undefined = page(file).querySelector('a[rel=next]')?.getAttribute('href');
    file = next && !page(file).querySelector('.pager[aria-label^="Neighbouring days"]') ? resolveLink(file, next)?.file : undefined;
  }
  return out;
}
const paperDirs = () => dirs('papers').filter((d) => !/^page-\d+$/.test(d));

describe('built pages', () => {
  it('has one page per distinct paper and per digest day', () => {
    expect(paperDirs()).toEqual(corpus.papers.map((p) => p.slug).sort());
    expect(paperDirs()).toHaveLength(134);
    expect(dirs('days')).toEqual(['2025-11-06', '2025-12-09', '2025-12-10', '2025-12-11']);
    for (const slug of paperDirs()) expect(isFile(`papers/${slug}/index.html`)).toBe(true);
  });

  it('lists each day\'s papers in their original order with positions', () => {
    for (const day of corpus.days) {
      const rel = `days/${day.date}/index.html`;
      expect(listedOn(rel)).toEqual(day.entries.map((e) => e.slug));
      expect(text(rel, '.paper-pos')).toEqual(day.entries.map((e) => String(e.position)));
    }
  });

  it('shows a short teaser of each abstract in lists, the whole abstract on the paper page', () => {
    let shortened = 0;
    for (const day of corpus.days) {
      const teasers = text(`days/${day.date}/index.html`, '.teaser');
      expect(teasers).toHaveLength(day.entries.length);
      day.entries.forEach((entry, i) => {
        const abstract = site.bySlug.get(entry.slug)!.abstractText.replace(/\s+/g, ' ').trim();
        const teaser = teasers[i]!;
        expect(teaser.length).toBeLessThanOrEqual(280);
        if (teaser === abstract) return;
        shortened++;
        expect(teaser.endsWith('…'), teaser).toBe(true);
        expect(abstract.startsWith(teaser.slice(0, -1)), teaser).toBe(true);
        expect(text(`papers/${entry.slug}/index.html`, '.abstract').join(' ')).toContain(abstract.slice(-40));
      });
    }
    expect(shortened).toBeGreaterThan(0);
  });

  it('lists exactly its papers on each tag page, and the tag on each of those papers', () => {
    expect(dirs('tags')).toEqual(site.tags.map((t) => t.slug).sort());
    for (const tag of site.tags) {
      const listed = listedPapers(`tags/${tag.slug}/index.html`);
      expect(listed).toEqual(tag.papers);
      for (const slug of listed) {
        const tagLinks = page(`papers/${slug}/index.html`).querySelectorAll('#topics ~ * a.tag, .tag-why a.tag').map((a) => a.getAttribute('href'));
        if (tag.slug === 'untagged') expect(tagLinks).toEqual([]);
        else expect(tagLinks).toContain(`../../tags/${tag.slug}/`);
      }
    }
    const everyListed = new Set(site.tags.flatMap((t) => t.papers));
    expect(everyListed.size).toBe(134);
  });

  it('sums up each topic by its recent days, and by month of first listing, the months adding up to its papers', () => {
    for (const tag of site.tags) {
      const rel = `tags/${tag.slug}/index.html`;
      const papers = tag.papers.map((slug) => corpus.papers.find((p) => p.slug === slug)!);
      const days = [...new Set(papers.flatMap((p) => p.appearances.map((a) => a.date)))].sort().reverse();
      const section = (heading: string) => page(rel).querySelectorAll('.aside section').find((s) => s.querySelector('h2')?.text === heading);
      const rows = (heading: string) => section(heading)?.querySelectorAll('li').map((li) => [li.querySelector('time')?.getAttribute('datetime'), li.querySelector('.count')?.text]) ?? [];
      // Each count says what it counts to a screen reader: "3 papers".
      const said = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;
      expect(rows('Recent days'), rel).toEqual(days.slice(0, 10).map((d) => [d, said(papers.filter((p) => p.appearances.some((a) => a.date === d)).length)]));
      const firstMonth = (p: (typeof papers)[number]) => p.appearances.map((a) => a.date).sort()[0]?.slice(0, 7);
      const perMonth = [...new Set(papers.map(firstMonth))].sort().reverse().map((m) => [m, papers.filter((p) => firstMonth(p) === m).length] as const);
      expect(rows('New papers per month'), rel).toEqual(perMonth.length > 1 ? perMonth.map(([m, n]) => [m, said(n)]) : []);
    }
    expect(site.tags.some((t) => t.perMonth.length > 1)).toBe(true);
  });

  it('shows both days for a paper that appeared on two days', () => {
    const repeated = corpus.papers.filter((p) => p.appearances.length === 2);
    expect(repeated.length).toBeGreaterThan(0);
    for (const paper of repeated) {
      const links = page(`papers/${paper.slug}/index.html`).querySelectorAll('#appeared + table a').map((a) => a.getAttribute('href'));
      expect(links.sort()).toEqual(paper.appearances.map((a) => `../../days/${a.date}/`).sort());
    }
  });

  it('pages the list of all papers, 100 at a time, covering every paper once', () => {
    expect(listedPapers('papers/index.html')).toEqual(site.papers.map((p) => p.slug));
    expect(listedOn('papers/index.html')).toHaveLength(100);
    expect(listedOn('papers/page-2/index.html')).toHaveLength(34);
  });

  it('renders the truncated and the organization records without invented fields', () => {
    const truncated = page('papers/cures-from-gradient-analysis-to-efficient-curriculum-learning-for-reasoning-llms/index.html');
    // Nothing invented: the meta line says what the digest left out.
    expect(truncated.querySelector('article .meta')?.text.trim()).toBe('Date, authors and upvotes are not in the digest');
    expect(truncated.querySelector('h1')?.text).toBe('CurES: From Gradient Analysis to Efficient Curriculum Learning for Reasoning LLMs');
    expect(truncated.querySelector('.abstract')?.text).toMatch(/^Curriculum learning plays a crucial role/);
    expect(truncated.querySelectorAll('#appeared + table td.num').map((td) => td.text)).toEqual(['12', '—']);

    const org = page('papers/low-probability-tokens-sustain-exploration-in-reinforcement-learning-with/index.html');
    const orgMeta = org.querySelector('article .meta')?.text.replace(/\s+/g, ' ').trim();
    expect(orgMeta).toBe('Published 3 Oct 2025 · Tencent · ▲ 2 upvotes');
    expect(orgMeta).not.toMatch(/author/);
  });

  it('shows LaTeX remnants repaired, and keeps both forms searchable offline', () => {
    const v1 = page('papers/beyond-ell-1-sparse-coding-in-v1/index.html');
    expect(v1.querySelector('h1')?.text).toBe('Beyond ℓ₁ sparse coding in V1');
    const offline = readFileSync(path.join(DIST, 'offline', 'index.js'), 'utf8');
    // Index terms of both forms: "ℓ₁" (repaired) and "ell" (raw `ell_1`).
    expect(offline.includes('["ℓ₁",'), 'repaired term indexed').toBe(true);
    expect(offline.includes('["ell",'), 'raw term indexed').toBe(true);
  });

  it('escapes digest text and links URLs in abstracts as external', () => {
    const climb = page('papers/climb-clustering-based-iterative-data-mixture-bootstrapping-for-language-model/index.html');
    const link = climb.querySelector('.abstract a');
    expect(link?.getAttribute('href')).toBe('https://research.nvidia.com/labs/lpr/climb/');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('resolves every internal link and fragment of every page to a built file', () => {
    const broken: string[] = [];
    const files = listHtml();
    expect(files.length).toBeGreaterThan(134 + 4);
    for (const file of files) {
      const doc = page(file);
      for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        if (file === '404.html') continue; // served at any path; its links are root-absolute by design
        if (url.startsWith('/')) { broken.push(`${file}: root-absolute ${url}`); continue; }
        const target = resolveLink(file, url);
        if (!target) continue;
        if (!isFile(target.file)) { broken.push(`${file}: ${url}`); continue; }
        if (target.fragment && target.file.endsWith('.html') && !page(target.file).getElementById(target.fragment)) broken.push(`${file}: ${url} (no #${target.fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('builds a Pagefind index of the paper pages only', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(134);
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('writes every search filter choice into the search page, with its paper count', () => {
    const options = (id: string) => page('search/index.html').querySelectorAll(`#${id} option`).slice(1).map((o) => o.text).sort();
    // Counted here from the papers, as a reader would: each topic page's papers, each year published, each organization.
    const tally = (values: string[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())]
      .map(([v, n]) => `${v} (${n})`).sort();
    const tags = options('search-filter-tag');
    expect(tags.length).toBeGreaterThan(10);
    expect(tags).toEqual(tally(site.papers.flatMap((p) => (p.tags.length ? p.tags.map((t) => site.tagBySlug.get(t.slug)?.name ?? '?') : ['Untagged']))));
    expect(options('search-filter-year')).toEqual(tally(site.papers.flatMap((p) => (p.published ? [p.published.slice(0, 4)] : []))));
    expect(options('search-filter-organization')).toEqual(tally(site.papers.flatMap((p) => (p.organization ? [p.organization.name] : []))));
    expect(options('search-filter-organization').length).toBeGreaterThan(0);
    // Days are a date field over the digests' range.
    const day = page('search/index.html').querySelector('#search-filter-day');
    expect([day?.getAttribute('type'), day?.getAttribute('min'), day?.getAttribute('max')]).toEqual(['date', '2025-11-06', '2025-12-11']);
  });

  it('has the about page from MDX and a 404 page', () => {
    expect(text('about/index.html', 'h1')).toEqual(['About Broadsheet']);
    expect(text('about/index.html', 'h2')).toContain('Adding a digest');
    expect(text('404.html', 'h1')).toEqual(['Page not found']);
  });

  it('names the site once in every page title, and gives link previews of the home page its name, not "Home"', () => {
    for (const file of listHtml()) expect(page(file).querySelector('title')?.text.split('Broadsheet').length, file).toBe(2);
    expect(page('about/index.html').querySelector('title')?.text).toBe('About · Broadsheet');
    expect(page('index.html').querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Broadsheet — daily research paper digests');
    // One OpenGraph type per page: an article for a paper, a website page for the rest.
    for (const file of listHtml()) {
      const types = page(file).querySelectorAll('meta[property="og:type"]').map((m) => m.getAttribute('content'));
      // A paper's own page is the one that cites it (redirects and lists of papers do not).
      expect(types, file).toEqual([page(file).querySelector('meta[name="citation_title"]') ? 'article' : 'website']);
    }
  });

  it('has exactly one h1 on every page', () => {
    for (const file of listHtml()) expect(page(file).querySelectorAll('h1').length, file).toBe(1);
  });

  it('never skips a heading level, and leaves no meta line empty', () => {
    for (const file of listHtml()) {
      const levels = page(file).querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName.slice(1)));
      levels.forEach((level, i) => expect(level, `${file}: h${level} after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1));
      expect(page(file).querySelectorAll('.meta').filter((m) => m.text.trim() === '').length, file).toBe(0);
    }
  });
});
