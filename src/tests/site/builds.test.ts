/**
 * Whole builds: failure leaves the previous output, two builds are identical,
 * and hostile text stays text everywhere it is published.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { SCRATCH } from '../support/build.ts';

const FIXTURES = path.resolve('src/tests/fixtures');

/** Runs `scripts/build.mjs` and returns its status and output (failures are part of what is tested here). */
function build(distDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8', env: { ...process.env, DIST_DIR: distDir, ...env }, maxBuffer: 64 * 1024 * 1024,
  });
}

function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, r) : [r];
  }).sort();
}

describe('a failing build', () => {
  it('rejects bad digests listing every problem, and leaves the previous dist/ untouched', () => {
    const dist = path.join(SCRATCH, 'dist-failing');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'previous.txt'), 'previous build');
    const result = build(dist, { SEEDS_DIR: path.join(FIXTURES, 'broken') });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('src/tests/fixtures/broken/2025-11-21.txt:16:1 error [missing-separator]');
    expect(output).toContain('src/tests/fixtures/broken/2025-11-22.txt:9:1 error [bad-date-line]');
    expect(output).toContain('BROADSHEET_LENIENT=1');
    expect(listFiles(dist)).toEqual(['previous.txt']);
  });

  it('rejects a bad BROADSHEET_SEARCH_SHARD_SIZE before rendering anything, naming the setting', () => {
    const dist = path.join(SCRATCH, 'dist-bad-shards');
    rmSync(dist, { recursive: true, force: true });
    const result = build(dist, { BROADSHEET_SEARCH_SHARD_SIZE: '2.5' });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('BROADSHEET_SEARCH_SHARD_SIZE must be a whole number of papers per search shard (at least 1), got "2.5"');
    expect(output).not.toContain('generating static routes');
  });

  it('parses leniently with BROADSHEET_LENIENT=1: bad records skipped and counted in the summary', () => {
    const dist = path.join(SCRATCH, 'dist-lenient');
    const result = build(dist, { SEEDS_DIR: path.join(FIXTURES, 'broken'), BROADSHEET_LENIENT: '1' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('broadsheet: 2 digests, 1 records, 1 papers, 3 warnings, 2 skipped records');
    expect(readdirSync(path.join(dist, 'papers')).filter((f) => !f.includes('.'))).toEqual(['good-paper']);
    // A day whose every record was skipped lists nothing: it is reported (empty-digest), with no page.
    expect(result.stdout).toMatch(/empty-digest.*2025-11-22\.txt|2025-11-22\.txt.*empty-digest/);
    expect(readdirSync(path.join(dist, 'days')).filter((f) => !f.includes('.'))).toEqual(['2025-11-21']);
  });
});

describe('reproducible builds', () => {
  it('builds the same input twice into byte-identical dist/ folders, Pagefind included', () => {
    const a = path.join(SCRATCH, 'dist-repro-a');
    const b = path.join(SCRATCH, 'dist-repro-b');
    // Separate caches: the second build must make its search index afresh, not reuse the first one's.
    expect(build(a, { BROADSHEET_CACHE_DIR: path.join(SCRATCH, 'cache-repro-a') }).status).toBe(0);
    expect(build(b, { BROADSHEET_CACHE_DIR: path.join(SCRATCH, 'cache-repro-b') }).status).toBe(0);
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = files.filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
    expect(differing).toEqual([]);
  });
});

describe('rebuilding after a new digest', () => {
  it('rebuilds only the search shards and pages a new digest changes, into the same dist/ as a clean build', () => {
    const seeds = path.join(SCRATCH, 'seeds-plus-one');
    const extra = path.join(SCRATCH, 'extra-digest');
    const dist = path.join(SCRATCH, 'dist-rebuilt');
    const snapshot = path.join(SCRATCH, 'dist-rebuilt-next');
    for (const dir of [seeds, extra, dist, snapshot, path.join(SCRATCH, 'cache-shards'), path.join(SCRATCH, 'cache-shards-clean')]) rmSync(dir, { recursive: true, force: true });
    cpSync('seeds', seeds, { recursive: true });
    const linked = (stdout: string) => Number(/(\d+) unchanged paper, alias and day page\(s\) linked from the previous build/.exec(stdout)?.[1] ?? 0);
    // What Astro prints for each paper, alias and day page it renders (several may share a line).
    const renderedKeyed = (stdout: string) => stdout.match(/\/(papers\/(?!page-\d+\/)[^/\s]+|days\/\d{4}-\d\d-\d\d)\/index\.html/g) ?? [];
    // 134 papers in shards of 40: four shards, the last one partly filled.
    const env = { SEEDS_DIR: seeds, BROADSHEET_SEARCH_SHARD_SIZE: '40', BROADSHEET_CACHE_DIR: path.join(SCRATCH, 'cache-shards') };
    const first = build(dist, env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/in 4 shard\(s\), 4 built and 0 reused/);
    expect(linked(first.stdout)).toBe(0);
    // Paper and alias pages, and day pages, in a built site.
    const keyedIn = (d: string) => readdirSync(path.join(d, 'papers'), { withFileTypes: true }).filter((e) => e.isDirectory() && !/^page-\d+$/.test(e.name)).length
      + readdirSync(path.join(d, 'days'), { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d{4}-\d\d-\d\d$/.test(e.name)).length;
    expect(renderedKeyed(first.stdout).length).toBe(keyedIn(dist));

    // A later day with 30 new papers: the last shard fills up and a fifth one starts. Older days are linked, and so is
    // every older paper a new one did not displace from its similar papers (these new ones, drawn from the seeds'
    // words, displace many).
    const firstBuild = path.join(SCRATCH, 'dist-rebuilt-first');
    rmSync(firstBuild, { recursive: true, force: true });
    cpSync(dist, firstBuild, { recursive: true });
    const paperSlugs = (d: string) => readdirSync(path.join(d, 'papers'), { withFileTypes: true }).filter((e) => e.isDirectory() && !/^page-\d+$/.test(e.name)).map((e) => e.name);
    generateCorpus({ papers: 30, outDir: extra, seed: 7, start: '2099-01-01' });
    for (const f of readdirSync(extra)) cpSync(path.join(extra, f), path.join(seeds, f));
    const next = build(dist, env);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/in 5 shard\(s\), 2 built and 3 reused/);
    expect(linked(next.stdout)).toBeGreaterThan(4);
    const oldSlugs = new Set(paperSlugs(firstBuild));
    const newSlugs = paperSlugs(dist).filter((slug) => !oldSlugs.has(slug));
    expect(newSlugs).toHaveLength(30);
    const page = (d: string, slug: string) => readFileSync(path.join(d, 'papers', slug, 'index.html'), 'utf8');
    const changed = [...oldSlugs].filter((slug) => page(firstBuild, slug) !== page(dist, slug));
    expect(changed.length).toBeLessThan(oldSlugs.size);
    for (const slug of changed) expect(newSlugs.some((n) => page(dist, slug).includes(`../../papers/${n}/`)), slug).toBe(true);
    expect(linked(next.stdout) + renderedKeyed(next.stdout).length).toBe(keyedIn(dist));
    expect(keyedIn(dist)).toBeGreaterThanOrEqual(134 + 30 + 5);
    cpSync(dist, snapshot, { recursive: true });

    // Built again without changes: every paper, alias and day page is linked, nothing is indexed again.
    const again = build(dist, env);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/in 5 shard\(s\), 0 built and 5 reused/);
    // The placeholder origin is named, so a site published with it is a choice, not an accident.
    expect(again.stderr).toContain('note: SITE_URL is not set');
    expect(renderedKeyed(again.stdout)).toEqual([]);
    expect(linked(again.stdout)).toBe(keyedIn(dist));

    // A curator's note beside the digests (outside src/) is part of what pages are rendered from: nothing is linked.
    const noted = readdirSync(path.join(dist, 'papers')).find((f) => !f.startsWith('page-') && !f.includes('.'))!;
    mkdirSync(path.join(seeds, 'notes', 'papers'), { recursive: true });
    writeFileSync(path.join(seeds, 'notes', 'papers', `${noted}.mdx`), '---\n---\n\nA curator wrote this after the first builds.\n');
    const annotated = build(dist, env);
    expect(annotated.status, annotated.stderr).toBe(0);
    expect(linked(annotated.stdout)).toBe(0);
    expect(readFileSync(path.join(dist, 'papers', noted, 'index.html'), 'utf8')).toContain('A curator wrote this after the first builds.');
    rmSync(path.join(seeds, 'notes'), { recursive: true, force: true });

    // Another setting (here the canonical origin) shapes every page: nothing is linked.
    const moved = build(dist, { ...env, SITE_URL: 'https://moved.example.org' });
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stderr).not.toContain('SITE_URL is not set');
    expect(linked(moved.stdout)).toBe(0);
    expect(readFileSync(path.join(dist, 'papers', readdirSync(path.join(dist, 'papers')).find((f) => !f.startsWith('page-') && !f.includes('.'))!, 'index.html'), 'utf8')).toContain('https://moved.example.org/');

    // A plain `astro build` into the same folder keeps the folder (Astro empties it) but not what the manifest describes:
    // the next build links nothing from it.
    expect(build(dist, env).status).toBe(0);
    const viteEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
    const plain = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { encoding: 'utf8', env: { ...viteEnv, ...env, SITE_URL: 'https://plain.example.org', NODE_ENV: 'production' }, maxBuffer: 64 * 1024 * 1024 });
    expect(plain.status, plain.stderr).toBe(0);
    const afterPlain = build(dist, env);
    expect(afterPlain.status, afterPlain.stderr).toBe(0);
    expect(linked(afterPlain.stdout)).toBe(0);
    expect(readFileSync(path.join(dist, 'papers', noted, 'index.html'), 'utf8')).not.toContain('plain.example.org');

    // BROADSHEET_INCREMENTAL=0 renders everything; the rebuilt site equals it byte for byte, sitemap included.
    const clean = build(path.join(SCRATCH, 'dist-rebuilt-clean'), { ...env, BROADSHEET_CACHE_DIR: path.join(SCRATCH, 'cache-shards-clean'), BROADSHEET_INCREMENTAL: '0' });
    expect(clean.status, clean.stderr).toBe(0);
    expect(linked(clean.stdout)).toBe(0);
    const files = listFiles(path.join(SCRATCH, 'dist-rebuilt-clean'));
    expect(listFiles(snapshot)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(snapshot, f)).equals(readFileSync(path.join(SCRATCH, 'dist-rebuilt-clean', f))));
    expect(differing).toEqual([]);
  });
});

describe('a list of many pages', () => {
  it('links the first, the last and the pages near each page of /papers/, marking the current one, every link to a page that exists', () => {
    const seeds = path.join(SCRATCH, 'seeds-long-list');
    const dist = path.join(SCRATCH, 'dist-long-list');
    rmSync(seeds, { recursive: true, force: true });
    generateCorpus({ papers: 650, outDir: seeds, seed: 11 });
    const result = build(dist, { SEEDS_DIR: seeds, BROADSHEET_CACHE_DIR: path.join(SCRATCH, 'cache-long-list') });
    expect(result.status, result.stderr).toBe(0);
    const count = readdirSync(path.join(dist, 'papers')).filter((f) => /^page-\d+$/.test(f)).length + 1;
    expect(count).toBe(7);
    for (let n = 1; n <= count; n++) {
      const rel = n === 1 ? 'papers/index.html' : `papers/page-${n}/index.html`;
      const html = parse(readFileSync(path.join(dist, rel), 'utf8'));
      const lists = html.querySelectorAll('.pager .page-numbers');
      expect(lists, rel).toHaveLength(2); // above and below the list
      const items = lists[0]!.querySelectorAll('li').map((li) => li.querySelector('[aria-current="page"]') ? `[${li.text}]` : li.text);
      const expected = { 1: '[1] 2 3 … 7', 4: '1 2 3 [4] 5 6 7', 7: '1 … 5 6 [7]' }[n as 1 | 4 | 7];
      if (expected) expect(items.join(' '), rel).toBe(expected);
      for (const a of lists[0]!.querySelectorAll('a')) {
        const target = path.join(dist, path.dirname(rel), a.getAttribute('href') ?? '', 'index.html');
        expect(existsSync(target), `${rel} → ${a.getAttribute('href')}`).toBe(true);
        // The link's page says the number the link shows.
        expect(readFileSync(target, 'utf8'), a.getAttribute('href')).toContain(`Page ${a.text.trim()} of ${count}`);
      }
    }
  });
});

describe('hostile input', () => {
  const dist = path.join(SCRATCH, 'dist-hostile');
  const result = build(dist, { SEEDS_DIR: path.join(FIXTURES, 'hostile') });
  const read = (rel: string) => readFileSync(path.join(dist, rel), 'utf8');
  const slugs = () => readdirSync(path.join(dist, 'papers'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

  it('builds, and every title and abstract is text on every page', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(slugs()).toHaveLength(3);
    const evilTitle = '<script>alert("title")</script> & "Quotes" </title> Attack';
    for (const file of ['index.html', 'papers/index.html', 'days/2025-11-20/index.html', ...slugs().map((s) => `papers/${s}/index.html`)]) {
      const doc = parse(read(file), { blockTextElements: { script: true, style: true } });
      expect(doc.querySelectorAll('b, img').length, file).toBe(0);
      expect(doc.querySelectorAll('title').length, file).toBe(1);
      // Only our own scripts: classic inline ones, and JSON-LD whose `<` are escaped so no text can end it.
      for (const s of doc.querySelectorAll('script')) {
        if (s.getAttribute('type') === 'application/ld+json') expect(s.text).not.toContain('<');
        else expect(s.text).not.toContain('alert(');
      }
    }
    const paper = parse(read(`papers/${slugs().find((s) => s.startsWith('script'))}/index.html`), { blockTextElements: { script: true, style: true } });
    expect(paper.querySelector('h1')?.text).toBe(evilTitle);
    expect(paper.querySelector('title')?.text).toBe(`${evilTitle} · Broadsheet`);
    expect(paper.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toBe(evilTitle);
    expect(paper.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(evilTitle);
    const ld = JSON.parse(paper.querySelector('script[type="application/ld+json"]')?.text ?? '');
    expect(ld.name).toBe(evilTitle);
    expect(ld.abstract).toContain('<script>alert(1)</script>');
    expect(paper.querySelector('.abstract a')?.getAttribute('href')).toBe('https://example.org/a?b=1&c=2');
  });

  it('keeps emoji, right-to-left text and very long titles intact with direction marked', () => {
    const rtl = slugs().find((s) => s.startsWith('emoji'));
    const doc = parse(read(`papers/${rtl}/index.html`));
    expect(doc.querySelector('h1')?.text).toBe('Emoji 🚀 and RTL: نموذج لغوي كبير — מודל שפה');
    expect(doc.querySelector('h1')?.getAttribute('dir')).toBe('auto');
    expect(doc.querySelector('article .meta')?.text).toContain('<b>Evil "Org" & Co</b>');
    const long = slugs().find((s) => s.startsWith('a-remarkably'));
    expect(long?.length).toBeLessThanOrEqual(80);
  });

  it('keeps hostile text as text in feeds, papers.json and the offline index', () => {
    const rss = new XMLParser().parse(read('feed.xml'));
    const titles = [rss.rss.channel.item].flat().map((i: { title: string }) => i.title);
    expect(titles).toContain('<script>alert("title")</script> & "Quotes" </title> Attack');
    const json = JSON.parse(read('feed.json'));
    expect(json.items.map((i: { title: string }) => i.title)).toContain('<script>alert("title")</script> & "Quotes" </title> Attack');
    expect(JSON.parse(read('papers.json')).papers).toHaveLength(3);
    const offline = read('offline/index.js');
    expect(offline).not.toContain('</script');
    const payload = JSON.parse(offline.replace(/^window\.BroadsheetOffline=/, '').replace(/;\s*$/, ''));
    expect(payload.docs.map((d: string[]) => d[1])).toContain('<script>alert("title")</script> & "Quotes" </title> Attack');
  });
});

describe('mixed inputs: text digests and Hugging Face API JSON', () => {
  const dist = path.join(SCRATCH, 'dist-mixed');
  const result = build(dist, { SEEDS_DIR: path.join(FIXTURES, 'mixed') });
  const doc = (rel: string) => parse(readFileSync(path.join(dist, rel), 'utf8'), { blockTextElements: { script: true, style: true } });

  it('merges the same paper from both formats into one page with both days, arXiv links and authors', () => {
    expect(result.status, result.stderr).toBe(0);
    const page = doc('papers/climb-clustering-based-iterative-data-mixture-bootstrapping-for-language-model/index.html');
    expect(page.querySelectorAll('#appeared + table a').map((a) => a.text)).toEqual(['6 Nov 2025', '18 Apr 2025']);
    expect(page.querySelectorAll('meta[name="citation_author"]').map((m) => m.getAttribute('content'))).toEqual(['Shizhe Diao', 'Yu Yang', 'Yonggan Fu']);
    expect(page.querySelector('meta[name="citation_arxiv_id"]')?.getAttribute('content')).toBe('2504.13161');
    expect(page.querySelector('meta[name="citation_doi"]')?.getAttribute('content')).toBe('10.48550/arXiv.2504.13161');
    expect(page.querySelector('.outbound a')?.getAttribute('href')).toBe('https://arxiv.org/abs/2504.13161');
    expect(page.querySelector('#bibtex')?.text).toContain('eprint = {2504.13161}');
    // The latest capture (the text digest) sets the current fields; names stay from the JSON.
    expect(page.querySelector('article .meta')?.text).toContain('15 authors');
    // Programs get the same ids and names from papers.json.
    const climb = JSON.parse(readFileSync(path.join(dist, 'papers.json'), 'utf8')).papers.find((p: { slug: string }) => p.slug.startsWith('climb-'));
    expect(climb).toMatchObject({ arxivId: '2504.13161', authorNames: ['Shizhe Diao', 'Yu Yang', 'Yonggan Fu'] });
  });

  it('keeps a text-only paper without invented authors or ids', () => {
    const page = doc('papers/a-text-only-paper/index.html');
    expect(page.querySelectorAll('meta[name="citation_author"]')).toHaveLength(0);
    expect(page.querySelector('.outbound a')?.getAttribute('href')).toContain('arxiv.org/search/');
  });
});

describe("curators' notes", () => {
  it('rejects a note for a paper or tag that does not exist, naming the file', () => {
    const result = build(path.join(SCRATCH, 'dist-notes-bad'), { NOTES_DIR: path.join(FIXTURES, 'notes-bad') });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('src/tests/fixtures/notes-bad/papers/no-such-paper.mdx: no paper has the slug "no-such-paper"');
    expect(output).toContain('src/tests/fixtures/notes-bad/tags/no-such-tag.mdx: no tag has the slug "no-such-tag"');
  });

  it('applies corrections, ids, authors, links and tags, and renders the commentary', () => {
    const dist = path.join(SCRATCH, 'dist-notes-good');
    const result = build(dist, { NOTES_DIR: path.join(FIXTURES, 'notes-good') });
    expect(result.status, result.stderr).toBe(0);
    const page = parse(readFileSync(path.join(dist, 'papers/convergent-graph-solvers/index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
    expect(page.querySelector('h1')?.text).toBe('Convergent Graph Solvers (corrected ℓ₂ title)');
    expect(page.querySelectorAll('meta[name="citation_author"]').map((m) => m.getAttribute('content'))).toEqual(['Junyoung Park', 'Jinhyun Choo', 'Jinkyoo Park']);
    expect(page.querySelector('meta[name="citation_arxiv_id"]')?.getAttribute('content')).toBe('2106.01680');
    expect(page.querySelector('#bibtex')?.text).toContain('author = {Junyoung Park and Jinhyun Choo and Jinkyoo Park}');
    expect(page.querySelectorAll('.tag-why a.tag').map((a) => a.text)).toEqual(expect.arrayContaining(['Linear-system solvers']));
    expect(page.querySelectorAll('.tag-why a.tag').map((a) => a.text)).not.toContain('Graphs and message passing');
    expect(page.querySelector('.curator-note em')?.text).toBe('fixed-point');
    expect(page.querySelector('article .outbound a')?.getAttribute('href')).toBe('https://github.com/example/cgs');
    const tag = parse(readFileSync(path.join(dist, 'tags/clustering/index.html'), 'utf8'));
    expect(tag.querySelector('h1')?.text).toBe('Clustering methods');
    expect(tag.querySelector('.prose strong')?.text).toBe('without labels');
    // The search index agrees with the pages: it was built from the same notes.
    const offline = readFileSync(path.join(dist, 'offline/index.js'), 'utf8');
    expect(offline).toContain('"Convergent Graph Solvers (corrected ℓ₂ title)"');
  });
});

describe('old paper addresses', () => {
  it('keeps the first address, redirects a later spelling to it, and lets you choose where spellings of two papers meet', () => {
    const dist = path.join(SCRATCH, 'dist-aliases');
    const result = build(dist, { SEEDS_DIR: path.join(FIXTURES, 'aliases') });
    expect(result.status, result.stderr).toBe(0);
    const page = (slug: string) => parse(readFileSync(path.join(dist, `papers/${slug}/index.html`), 'utf8'));
    const spelled = page('qa-models-for-science');
    expect(spelled.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=../../papers/q-and-a-models-for-science/');
    expect(spelled.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page('q-and-a-models-for-science').querySelector('h1')?.text).toBe('QA Models for Science');
    // Two papers (a symbol tells them apart) whose titles give one slug: the first listed keeps it, and each page names the other.
    const first = page('c-nets');
    expect(first.querySelector('h1')?.text).toBe('C++ Nets');
    expect(first.querySelector('main .namesakes a')?.getAttribute('href')).toBe('../../papers/c-nets-0wpyxbj/');
    expect(page('c-nets-0wpyxbj').querySelector('main .namesakes a')?.text).toBe('C++ Nets');
    // Later spellings of two papers that give one address: a list to choose from.
    const choice = page('ca-nets');
    expect(choice.querySelector('h1')?.text).toBe('Several papers');
    expect(choice.querySelectorAll('main li a').map((a) => a.text).sort()).toEqual(['CA# Nets', 'CA++ Nets']);
    // The sitemap lists the papers, not their other addresses (which say noindex).
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://broadsheet.example.org/papers/q-and-a-models-for-science/</loc>');
    expect(sitemap).toContain('<loc>https://broadsheet.example.org/papers/c-nets/</loc>');
    expect(sitemap).not.toContain('/papers/qa-models-for-science/');
    expect(sitemap).not.toContain('/papers/ca-nets/<');
    // Every paper here has a topic: there is no untagged page, and no page links one.
    expect(existsSync(path.join(dist, 'tags/untagged'))).toBe(false);
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toContain('tags/untagged/');
  });
});
