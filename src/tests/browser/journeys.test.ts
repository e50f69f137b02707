/**
 * Real-browser journeys over http (root and sub-path) and file://, in Debian
 * chromium driven by playwright-core.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from '../support/browser.ts';
import { buildVariant } from '../support/build.ts';
import { DIST, listHtml } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let root: StaticServer;
let sameDistUnderSubPath: StaticServer;
let subPathBuild: StaticServer;
const fileRoot = pathToFileURL(DIST).href.replace(/\/?$/, '/');

beforeAll(async () => {
  const subDist = buildVariant('dist-subpath', { BASE_PATH: '/digest/', SITE_URL: 'https://papers.example.com' });
  browser = await launchBrowser();
  root = await serveStatic(DIST);
  sameDistUnderSubPath = await serveStatic(DIST, '/mirror/');
  subPathBuild = await serveStatic(subDist, '/digest/');
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([root?.close(), sameDistUnderSubPath?.close(), subPathBuild?.close()]);
});

/** Uncaught errors of the pages a test opened: none is allowed. */
const pageErrors: string[] = [];
afterEach(() => { expect(pageErrors.splice(0)).toEqual([]); });

async function newPage(options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  return collectPageErrors(await browser.newPage(options), pageErrors);
}

/** home → day → paper → tag → paper, asserting where each click lands. */
async function walkHomeDayPaperTag(page: Page, start: string, fileMode: boolean) {
  const suffix = fileMode ? 'index.html' : '';
  // The stylesheet is one file linked relatively: it must apply at every depth, over http and from disk.
  const styled = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(start);
  await expect(page.title()).resolves.toContain('Broadsheet');
  await expect(styled()).resolves.not.toBe('rgba(0, 0, 0, 0)');
  await page.locator('main h2 a', { hasText: '11 Dec 2025' }).click();
  expect(page.url()).toMatch(new RegExp(`/days/2025-12-11/${suffix}$`));
  await expect(page.locator('h1').textContent()).resolves.toBe('11 Dec 2025');
  await page.locator('.paper-item .paper-title a').first().click();
  expect(page.url()).toMatch(new RegExp(`/papers/transformers-learn-in-context-by-gradient-descent/${suffix}$`));
  await page.locator('.tag-why a.tag', { hasText: 'In-context learning' }).click();
  expect(page.url()).toMatch(new RegExp(`/tags/in-context-learning/${suffix}$`));
  await expect(page.locator('h1').textContent()).resolves.toBe('In-context learning');
  await expect(styled()).resolves.not.toBe('rgba(0, 0, 0, 0)');
  const second = page.locator('.paper-item .paper-title a').nth(1);
  const title = await second.textContent();
  await second.click();
  await expect(page.locator('h1').textContent()).resolves.toBe(title);
  // Styles load everywhere: the masthead rule comes from the stylesheet.
  const border = await page.locator('.masthead').evaluate((e) => getComputedStyle(e).borderBottomStyle);
  expect(border).toBe('double');
}

describe('over http at the root', () => {
  it('walks home → day → paper → tag → paper', async () => {
    const page = await newPage();
    await walkHomeDayPaperTag(page, root.url, false);
    await page.close();
  });

  it('searches from the header box with Pagefind and opens the result', async () => {
    const page = await newPage();
    await page.goto(`${root.url}tags/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('bilevel smoothness');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=bilevel/);
    const result = page.locator('#search-results a', { hasText: 'Bilevel Optimization under Unbounded Smoothness' });
    await result.waitFor({ timeout: 15_000 });
    // One search box on the search page: the page's own, holding the query (the header's would compete with it).
    await expect(page.locator('input[type="search"]').count()).resolves.toBe(1);
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('bilevel smoothness');
    await expect(page.locator('#theme-toggle').isVisible()).resolves.toBe(true);
    await result.click();
    await page.waitForURL(/\/papers\/bilevel-optimization-under-unbounded-smoothness-a-new-algorithm-and-convergence\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bilevel Optimization under Unbounded Smoothness: A New Algorithm and Convergence Analysis');
    await page.close();
  });

  it('shows a paper no topic fits without topic pills in results, as day lists do, online and from disk', async () => {
    const title = 'Tversky Neural Networks: Psychologically Plausible Deep Learning with Differentiable Tversky Similarity';
    for (const url of [`${root.url}search/?q=tversky`, `${fileRoot}search/index.html?q=tversky`]) {
      const page = await newPage();
      await page.goto(url);
      const item = page.locator('.paper-item', { has: page.locator('.paper-title', { hasText: title }) });
      await item.waitFor({ timeout: 15_000 });
      await expect(item.locator('.tag').count(), url).resolves.toBe(0);
      // Yet the Untagged filter finds it: the value is there, only the pill is not.
      const tagged = url.replace('q=tversky', 'q=tversky&tag=Untagged');
      await page.goto(tagged);
      await item.waitFor({ timeout: 15_000 });
      await page.close();
    }
  });

  it('fetches no filter index for a first query, then filters by topic when asked', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${root.url}search/?q=gradient`);
    await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
    expect(fetched.filter((f) => f.includes('/filter/') || f.endsWith('pagefind-ui.js'))).toEqual([]);
    const labels = await page.locator('.search-filters label').allTextContents();
    expect(labels).toEqual(['Sort by', 'Topic', 'Year', 'Organization', 'Day']);
    const before = await page.locator('#search-status').textContent();
    await page.locator('#search-filter-tag').selectOption('Optimization');
    const settled = async () => { const t = await page.locator('#search-status').textContent(); return t?.startsWith('Searching') ? null : t; };
    await expect.poll(settled, { timeout: 15_000 }).not.toBeOneOf([before, null]);
    const items = page.locator('#search-results .paper-item');
    expect(await items.count()).toBeGreaterThan(0);
    for (const tags of await items.evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.tags a.tag')].map((a) => a.textContent)))) {
      expect(tags).toContain('Optimization');
    }
    expect(fetched.some((f) => f.includes('/filter/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('tag')).toBe('Optimization');
    // The count says what it counts: the query and the filters chosen.
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ results? for “gradient” in Optimization$/);
    // And by digest day, from the date field.
    const tagged = await page.locator('#search-status').textContent();
    await page.locator('#search-filter-day').fill('2025-12-11');
    await expect.poll(settled, { timeout: 15_000 }).not.toBeOneOf([tagged, null]);
    const seen = await items.evaluateAll((els) => els.map((e) => e.querySelector('.meta')?.textContent ?? ''));
    expect(seen.length).toBeGreaterThan(0);
    for (const meta of seen) expect(meta).toContain('11 Dec 2025');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ results? for “gradient” in Optimization on 11 Dec 2025$/);
    // A day without a digest names the digest days on either side (the date field offers every day).
    await page.locator('#search-filter-day').fill('2025-11-20');
    await expect.poll(settled, { timeout: 15_000 }).toBe('No digest on 20 Nov 2025: the nearest are 6 Nov 2025 and 9 Dec 2025.');
    await page.close();
  });

  it('sorts Pagefind results by upvotes and by publication date', async () => {
    const page = await newPage();
    await page.goto(`${root.url}search/?q=learning`);
    await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
    const upvotes = async () => (await page.locator('#search-results .upvotes').allTextContents()).map((t) => Number(/\d+/.exec(t)?.[0]));
    const published = () => page.locator('#search-results .meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    await page.locator('#search-sort').selectOption('upvotes:desc');
    await expect.poll(async () => {
      const u = await upvotes();
      return u.length > 2 && (u[0] ?? 0) > 0 && u.every((v, i) => i === 0 || v <= (u[i - 1] ?? 0)) ? 'sorted' : u.join(',');
    }, { timeout: 15_000 }).toBe('sorted');
    await page.locator('#search-sort').selectOption('newest:desc');
    await expect.poll(async () => {
      const dates = await published();
      return dates.length > 2 && dates.every((d, i) => i === 0 || d <= (dates[i - 1] ?? '')) ? 'sorted' : dates.join(',');
    }, { timeout: 15_000 }).toBe('sorted');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest:desc');
    await page.close();
  });

  it('keeps a paper without a publication date (the truncated record) in results sorted by date or upvotes, last either way, and says what it lacks', async () => {
    const page = await newPage();
    for (const sort of ['newest:desc', 'oldest:asc', 'upvotes:desc']) {
      // "curriculum" finds CurES and a few dated papers.
      await page.goto(`${root.url}search/?q=curriculum&sort=${sort}`);
      await expect.poll(async () => {
        const titles = await page.locator('#search-results .paper-title a').allTextContents();
        return titles.length > 1 ? titles.findIndex((t) => t.startsWith('CurES')) - (titles.length - 1) : null;
      }, { timeout: 15_000 }).toBe(0);
    }
    // Its meta line says what the digest lacks, as the day lists do.
    await expect(page.locator('#search-results .paper-item').last().locator('.meta').textContent()).resolves.toMatch(/^Date, authors and upvotes are not in the digest · Seen \d+ \w+ \d{4}$/);
    await page.close();
  });

  it('excerpts only the abstract: hits marked, never the title again nor the raw spellings indexed beside it', async () => {
    const page = await newPage();
    // "Auto-RAG" is in a title and its abstract; "ell_2" only in raw spellings (the pages show ℓ₂).
    await page.goto(`${root.url}search/?q=Auto-RAG`);
    const first = page.locator('#search-results .paper-item').first();
    await first.waitFor({ timeout: 15_000 });
    const title = await first.locator('.paper-title').textContent();
    const excerpt = first.locator('.excerpt');
    await expect(excerpt.locator('mark').first().textContent()).resolves.toMatch(/^Auto-RAG/);
    expect(await excerpt.textContent()).not.toContain(title);
    // Marks hold the word, not the punctuation around it.
    await page.goto(`${root.url}search/?q=learning`);
    await page.locator('#search-results mark').first().waitFor({ timeout: 15_000 });
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.filter((m) => /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u.test(m))).toEqual([]);
    expect(marks.length).toBeGreaterThan(5);
    await page.goto(`${root.url}search/?q=ell_2`);
    await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
    const excerpts = await page.locator('#search-results .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) {
      expect(text).not.toMatch(/ell_2|⁂/);
      expect(text.length).toBeGreaterThan(40);
    }
    await page.close();
  });

  it('finds nothing for a word no paper has, not the papers of its first letters, yet keeps stems and typos', async () => {
    const page = await newPage();
    const status = page.locator('#search-status');
    const settled = async () => { const t = await status.textContent(); return t && !t.startsWith('Searching') ? t : null; };
    // Pagefind alone answers these with every paper holding "x", "ar" or "ze" (its prefix fallback).
    for (const query of ['q=xyzzyqwerty', 'q=xyzzyqwerty&sort=newest:desc', 'q=ark', 'q=xyzzy+zebra']) {
      await page.goto(`${root.url}search/?${query}`);
      await expect.poll(settled, { timeout: 15_000 }).toMatch(/^No results for “.+” — try other words\.$/);
      await expect(page.locator('#search-results .paper-item').count()).resolves.toBe(0);
    }
    // With a filter chosen, the filter may be what empties the list: the hint names both.
    await page.goto(`${root.url}search/?q=xyzzyqwerty&year=2025`);
    await expect.poll(settled, { timeout: 15_000 }).toBe('No results for “xyzzyqwerty” — try other words or fewer filters.');
    // No paper has every word: as offline, the papers with some of them, never those of a stand-in for "zebra".
    await page.goto(`${root.url}search/?q=gradient+zebra`);
    await expect.poll(settled, { timeout: 15_000 }).toMatch(/^No paper has all of “gradient zebra”; \d+ results with some of these words\.$/);
    const titles = await page.locator('#search-results .paper-item').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /gradient/i.test(t))).toBe(true);
    // An organization's name finds the papers it is credited with; a plural acronym finds its singular.
    for (const query of ['q=optimzation', 'q=optimizing&sort=newest:desc', 'q=ell_2', 'q=Tencent', 'q=ODEs']) {
      await page.goto(`${root.url}search/?${query}`);
      await expect.poll(settled, { timeout: 15_000 }).toMatch(/^\d+ results? for “/);
      expect(await page.locator('#search-results .paper-item').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('keeps one history entry per search: Back returns to the previous query and its results', async () => {
    const page = await newPage();
    await page.goto(`${root.url}search/?q=bilevel`);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/for “bilevel”/);
    await page.locator('#search-input').fill('transformer');
    await page.waitForURL(/\?q=transformer$/);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/for “transformer”/);
    await page.goBack();
    await page.waitForURL(/\?q=bilevel$/);
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('bilevel');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/for “bilevel”/);
    // A typed search left to be read is settled: typing another starts a new entry, even without Enter.
    await page.goto(`${root.url}search/`);
    // (A trailing space changes nothing to keep, and must not stop the search from settling.)
    await page.locator('#search-input').pressSequentially('sparse coding ', { delay: 20 });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/for “sparse coding”/);
    await page.waitForTimeout(1_800);
    await page.locator('#search-input').fill('bilevel');
    await page.waitForURL(/\?q=bilevel$/);
    await page.goBack();
    await page.waitForURL(/\?q=sparse\+coding$/);
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('sparse coding');
    await page.close();
  });

  it('folds the sort and filter options on a phone until asked, and keeps them open when in use', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${root.url}search/?q=learning`);
    await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('#search-filter-tag').isVisible()).resolves.toBe(false);
    await page.locator('.search-options > summary').click();
    await expect(page.locator('#search-filter-tag').isVisible()).resolves.toBe(true);
    // Folded again, then the phone turned: a wide window shows the options, whose summary it hides.
    await page.locator('.search-options > summary').click();
    await page.setViewportSize({ width: 900, height: 400 });
    await expect.poll(() => page.locator('#search-filter-tag').isVisible()).toBe(true);
    await page.goto(`${root.url}search/?q=learning&tag=Optimization`);
    await expect(page.locator('#search-filter-tag').isVisible()).resolves.toBe(true);
    // Folded on a phone, the summary still says how many options are in use, also after Back.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${root.url}search/?q=learning&tag=Optimization`);
    const summary = page.locator('.search-options > summary');
    await expect(summary.textContent()).resolves.toBe('Sort and filter · 1 in use');
    await page.locator('#search-sort').selectOption('upvotes:desc');
    await expect(summary.textContent()).resolves.toBe('Sort and filter · 2 in use');
    await page.goBack();
    await expect.poll(() => summary.textContent()).toBe('Sort and filter · 1 in use');
    await page.close();
  });

  it('sets the sort and filter options beside the results on a wide screen, online and from disk, and submits them with the form', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    for (const [url, results] of [[`${root.url}search/?q=learning`, '#search-results'], [`${fileRoot}search/index.html?q=learning`, '.offline-results']] as const) {
      await page.goto(url);
      await page.locator(`${results} .paper-item`).first().waitFor({ timeout: 15_000 });
      const panel = await page.locator('.search-options').boundingBox();
      const list = await page.locator(results).boundingBox();
      const input = await page.locator('#search-input').boundingBox();
      if (!panel || !list || !input) throw new Error(`no layout boxes on ${url}`);
      // A column to the left of the results, starting level with them, under the full-width search box.
      expect(panel.x + panel.width).toBeLessThan(list.x);
      expect(panel.y).toBeGreaterThan(input.y + input.height);
      expect(panel.y).toBeLessThan(list.y);
      expect(input.width).toBeGreaterThan(list.width);
    }
    // The filters sit outside the <form> for the layout; bound to it, they still travel with a plain submit.
    await page.goto(`${root.url}search/?q=learning&year=2025`);
    const submitted = await page.evaluate(() => [...new FormData(document.getElementById('search-form') as HTMLFormElement).keys()]);
    expect(submitted).toEqual(expect.arrayContaining(['q', 'sort', 'tag', 'year', 'day']));
    await page.close();
  });

  it('shows more results on request, keeping keyboard focus in the list', async () => {
    const page = await newPage();
    await page.goto(`${root.url}search/?q=learning`);
    const items = page.locator('#search-results .paper-item');
    await items.first().waitFor({ timeout: 15_000 });
    expect(await items.count()).toBe(10);
    await page.locator('#search-more').click();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(10);
    await expect(page.evaluate(() => document.activeElement?.closest('.paper-item') !== null)).resolves.toBe(true);
    await page.close();
  });

  it('says when more results fail to load, and loads them on the next try, each once and in order', async () => {
    for (const sort of ['', 'newest:desc']) {
      const page = await newPage();
      await page.goto(`${root.url}search/?q=learning${sort ? `&sort=${sort}` : ''}`);
      const items = page.locator('#search-results .paper-item');
      await items.first().waitFor({ timeout: 15_000 });
      const before = await page.locator('#search-status').textContent();
      // The first fetch fails at once and the others a moment later, as on a flaky network: a retry
      // must not be handed a load of the failed try that is still in flight (Pagefind shares pending loads).
      let failing = true, aborted = 0;
      await page.route('**/*.pf_fragment', (route) => {
        if (!failing) return route.continue();
        return aborted++ === 0 ? route.abort() : new Promise((done) => setTimeout(done, 400)).then(() => route.abort());
      });
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('More results could not be loaded; try again.');
      expect(await items.count(), sort).toBe(10);
      failing = false;
      await page.locator('#search-more').click();
      // Count and status together, so a failure says whether the retry failed again or never came back.
      const shownAndSaid = async () => `${await items.count()} · ${await page.locator('#search-status').textContent()}`;
      await expect.poll(shownAndSaid, { timeout: 15_000, message: `retry of page 2, sort ${sort || 'relevance'}` }).toBe(`20 · ${before}`);
      const hrefs = await page.locator('#search-results .paper-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs).size, sort).toBe(20);
      if (sort) {
        const dates = (await page.locator('#search-results .meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))).filter(Boolean);
        expect(dates, sort).toEqual([...dates].sort().reverse());
      }
      // The status counts the results again.
      await expect(page.locator('#search-status').textContent()).resolves.toBe(before);
      await page.close();
    }
  });

  it('comes Back from a result to as many results as were shown, at the same place', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(`${root.url}search/?q=learning`);
    const items = page.locator('#search-results .paper-item');
    await items.first().waitFor({ timeout: 15_000 });
    await page.locator('#search-more').click();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(20);
    const last = items.nth(19).locator('a').first();
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await last.click();
    await page.waitForURL(/\/papers\//);
    await page.goBack();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(20);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(scrolled / 2);
    // A reload is never served from the back/forward cache: the page itself restores from its history entry.
    await page.reload();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(20);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(scrolled / 2);
    await page.close();
  });

  it('comes back to a search whose next page cannot load, says so, and stops asking for it', async () => {
    const page = await newPage();
    await page.goto(`${root.url}search/?q=learning`);
    const items = page.locator('#search-results .paper-item');
    await items.first().waitFor({ timeout: 15_000 });
    await page.locator('#search-more').click();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(20);
    // Opening a result keeps "20 shown" in the history entry; a reload of the entry restores them.
    await items.nth(19).locator('a').first().click();
    await page.waitForURL(/\/papers\//);
    await page.goBack();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(20);
    // After the reload the first page's results load, and every later one fails.
    const fragments = new Set<string>();
    let asked = 0;
    await page.route('**/*.pf_fragment', (route) => {
      asked++;
      fragments.add(route.request().url());
      return fragments.size <= 10 ? route.continue() : route.abort();
    });
    await page.reload();
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('More results could not be loaded; try again.');
    expect(await items.count()).toBe(10);
    const settled = asked;
    await page.waitForTimeout(1500);
    expect(asked, 'fragment requests after the failure').toBe(settled);
    await page.close();
  });

  it('says the index could not be loaded, never "Searching…" for ever, when pagefind.js fails to load', async () => {
    const page = await newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${root.url}search/`);
    await page.locator('#search-input').fill('learning');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('The search index could not be loaded.');
    await page.locator('#search-input').fill('gradient');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('The search index could not be loaded.');
    await page.close();
  });

  it('remembers the theme toggle across pages and reloads, and follows the system again once toggled back', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(root.url);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.locator('#theme-toggle').click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.goto(`${root.url}days/`);
    await expect(bg()).resolves.toBe(dark);
    await expect(page.locator('#theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    // Back to the system's own theme: the choice is forgotten, and the page follows the system again.
    await page.locator('#theme-toggle').click();
    await expect(bg()).resolves.toBe(light);
    await expect(page.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem('broadsheet-theme')])).resolves.toEqual([null, null]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(bg()).resolves.toBe(dark);
    await page.close();
  });

  it('prints a paper page in ink on white, on one A4 page, even from the dark theme', async () => {
    // The paper page with the most to print.
    const longest = listHtml().filter((f) => /^papers\/[^/]+\/index\.html$/.test(f) && !f.startsWith('papers/page-'))
      .map((f) => ({ f, size: statSync(path.join(DIST, f)).size })).sort((a, b) => b.size - a.size)[0]!.f;
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto(`${root.url}${longest.replace(/index\.html$/, '')}`);
    await page.evaluate(() => localStorage.setItem('broadsheet-theme', 'dark'));
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.abstract')!).color, getComputedStyle(document.querySelector('#bibtex')!).color]);
    expect(colours[0]).toBe('rgb(255, 255, 255)');
    for (const ink of colours.slice(1)) expect(ink).toMatch(/^rgb\((\d{1,2}|1[0-2]\d), (\d{1,2}|1[0-2]\d), (\d{1,2}|1[0-2]\d)\)$/);
    await expect(page.locator('details.why').first().isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // A curator's project link prints its address: on paper, a link is only as good as what it says.
    await page.goto(`${root.url}papers/climb-clustering-based-iterative-data-mixture-bootstrapping-for-language-model/`);
    const printed = await page.evaluate(() => getComputedStyle(document.querySelector('.outbound a')!, '::after').content);
    expect(printed).toBe('"https://research.nvidia.com/labs/lpr/climb/"');
    await page.close();
  });

  it('keeps name, search and a sections menu on one header row on a 320 px phone, and marks the current section for screen readers', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${root.url}papers/low-probability-tokens-sustain-exploration-in-reinforcement-learning-with/`);
    const [brand, search] = await Promise.all([page.locator('.brand').boundingBox(), page.locator('#site-search').boundingBox()]);
    expect(Math.abs((brand?.y ?? 0) + (brand?.height ?? 0) / 2 - ((search?.y ?? 0) + (search?.height ?? 0) / 2))).toBeLessThan(8);
    // The sections fold behind a menu button on the same row (design.md: name and search); it opens them, Escape closes.
    const button = page.locator('.nav-menu > summary');
    const papersLink = page.locator('.site-nav a', { hasText: 'Papers' });
    const menuBox = await button.boundingBox();
    expect(Math.abs((menuBox?.y ?? 0) + (menuBox?.height ?? 0) / 2 - ((search?.y ?? 0) + (search?.height ?? 0) / 2))).toBeLessThan(8);
    expect((menuBox?.x ?? 0) + (menuBox?.width ?? 0)).toBeLessThanOrEqual(320);
    expect(search?.width ?? 0).toBeGreaterThan(75);
    // Tab moves through the header's row as it reads, left to right (WCAG 2.4.3): skip link, name, menu, search…
    const order: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const x = await page.evaluate(() => { const a = document.activeElement; return a?.closest('.masthead') && !a.closest('.nav-menu > ul') ? a.getBoundingClientRect().x : null; });
      if (x !== null) order.push(x);
    }
    expect(order.length).toBeGreaterThanOrEqual(4);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await expect(papersLink.isVisible()).resolves.toBe(false);
    await button.click();
    await expect(papersLink.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(papersLink.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.matches('.nav-menu > summary'))).resolves.toBe(true);
    // A tap elsewhere on the page (below the open panel) closes it too.
    await button.click();
    await page.mouse.click(160, 600);
    await expect(papersLink.isVisible()).resolves.toBe(false);
    // Within a section its link says "true"; on the section's own page, "page".
    await expect(page.locator('.site-nav a', { hasText: 'Papers' }).getAttribute('aria-current')).resolves.toBe('true');
    await page.goto(`${root.url}papers/`);
    await expect(page.locator('.site-nav a', { hasText: 'Papers' }).getAttribute('aria-current')).resolves.toBe('page');
    // A wider window shows the sections as a row again, the menu button gone.
    await page.setViewportSize({ width: 900, height: 640 });
    await expect.poll(() => page.locator('.site-nav a', { hasText: 'Papers' }).isVisible()).toBe(true);
    await expect(page.locator('.nav-menu > summary').isVisible()).resolves.toBe(false);
    // Just above the phone layout too, name, sections and search share one row (the search box gives way).
    for (const width of [641, 700]) {
      await page.setViewportSize({ width, height: 640 });
      const [name, box] = await Promise.all([page.locator('.brand').boundingBox(), page.locator('#site-search').boundingBox()]);
      expect(Math.abs((name?.y ?? 0) + (name?.height ?? 0) / 2 - ((box?.y ?? 0) + (box?.height ?? 0) / 2)), `${width} px`).toBeLessThan(8);
    }
    await page.close();
  });

  it('has no horizontal scroll at phone width on any page type', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    const paths = ['', 'days/', 'days/2025-12-11/', 'papers/', 'papers/lets-make-block-coordinate-descent-converge-faster-faster-greedy-rules-message/', 'tags/', 'tags/optimization/', 'search/?q=bilevel', 'about/', 'no-such-page/'];
    for (const p of paths) {
      // The server answers a missing page with the 404 page: a page that vanished must not pass as it.
      expect((await page.goto(root.url + p))?.status(), p).toBe(p === 'no-such-page/' ? 404 : 200);
      if (p.startsWith('search')) await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, p || 'home').toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe('from disk (file://)', () => {
  it('walks home → day → paper → tag → paper with links to index.html files', async () => {
    const page = await newPage();
    await walkHomeDayPaperTag(page, `${fileRoot}index.html`, true);
    await page.close();
  });

  it('searches offline from the header box, filters by tag and day, and opens a result', async () => {
    const page = await newPage();
    await page.goto(`${fileRoot}papers/index.html`);
    await page.locator('#site-search').fill('bilevel');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/search\/index\.html\?q=bilevel$/);
    const results = page.locator('.offline-results a');
    await results.first().waitFor({ timeout: 5_000 });
    expect(await results.count()).toBeGreaterThanOrEqual(4);
    // Topics carry their paper counts, as online: "Bilevel optimization (N)".
    const bilevel = await page.locator('#filter-tag option', { hasText: /^Bilevel optimization \(\d+\)$/ }).getAttribute('value');
    await page.locator('#filter-tag').selectOption(bilevel ?? '');
    // The topic goes into the address by name, as online, so a search address means the same in both.
    expect(new URL(page.url()).searchParams.get('tag')).toBe('Bilevel optimization');
    await page.locator('#filter-day').fill('2025-12-09');
    await expect.poll(() => new URL(page.url()).searchParams.get('day')).toBe('2025-12-09');
    // Each filter is its own step back, as online.
    await page.goBack();
    await expect.poll(() => page.locator('#filter-day').inputValue()).toBe('');
    await expect(page.locator('#filter-tag').inputValue()).resolves.toBe('Bilevel optimization');
    await page.goForward();
    await expect.poll(() => page.locator('#filter-day').inputValue()).toBe('2025-12-09');
    const filtered = await results.allTextContents();
    expect(filtered).toContain('Bilevel Optimization under Unbounded Smoothness: A New Algorithm and Convergence Analysis');
    expect(filtered).not.toContain('ScaleBiO: Scalable Bilevel Optimization for LLM Data Reweighting');
    await expect(page.locator('.offline-status').textContent()).resolves.toMatch(/^\d+ results? for “bilevel” in Bilevel optimization on 9 Dec 2025$/);
    // A day without a digest is named as such, not met with a bare "no results".
    await page.locator('#filter-day').fill('2025-12-01');
    await expect.poll(() => page.locator('.offline-status').textContent()).toBe('No digest on 1 Dec 2025: the nearest are 6 Nov 2025 and 9 Dec 2025.');
    await page.locator('#filter-day').fill('2025-12-09');
    await results.filter({ hasText: 'Unbounded Smoothness' }).click();
    expect(page.url()).toMatch(/papers\/bilevel-optimization-under-unbounded-smoothness-a-new-algorithm-and-convergence\/index\.html$/);
    await page.close();
  });

  it('lists offline results a page at a time, and reads an online search address (topic by name)', async () => {
    const page = await newPage();
    await page.goto(`${fileRoot}search/index.html?q=learning`);
    const items = page.locator('.offline-results .paper-item');
    await items.first().waitFor({ timeout: 5_000 });
    const total = Number(/^(\d+) results/.exec((await page.locator('.offline-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await items.count()).toBe(20);
    await page.getByRole('button', { name: 'More results' }).click();
    expect(await items.count()).toBe(Math.min(40, total));
    await expect(page.evaluate(() => document.activeElement?.closest('.paper-item') !== null)).resolves.toBe(true);
    await page.goto(`${fileRoot}search/index.html?q=learning&tag=Bilevel+optimization`);
    await items.first().waitFor({ timeout: 5_000 });
    await expect(page.locator('#filter-tag').inputValue()).resolves.toBe('Bilevel optimization');
    expect(await items.count()).toBeLessThan(total);
    await page.close();
  });

  it('shows each offline result with the teaser day lists show, also on later pages of results', async () => {
    const page = await newPage();
    // The teasers of every paper, as the all-papers list shows them.
    const listed = new Map<string, string>();
    for (const file of ['papers/index.html', 'papers/page-2/index.html']) {
      await page.goto(`${fileRoot}${file}`);
      for (const [title, teaser] of await page.locator('.paper-item').evaluateAll((items) => items.map((i) => [i.querySelector('.paper-title')?.textContent ?? '', i.querySelector('.teaser')?.textContent ?? '']))) listed.set(title!, teaser!);
    }
    await page.goto(`${fileRoot}search/index.html?q=learning`);
    const items = page.locator('.offline-results .paper-item');
    await items.first().waitFor({ timeout: 5_000 });
    const shown = () => items.evaluateAll((els) => els.map((i) => [i.querySelector('.paper-title')?.textContent ?? '', i.querySelector('.teaser')?.textContent ?? null] as const));
    await expect.poll(async () => (await shown()).every(([, teaser]) => teaser !== null), { timeout: 5_000 }).toBe(true);
    await page.getByRole('button', { name: 'More results' }).click();
    const rows = await shown();
    expect(rows.length).toBe(40);
    for (const [title, teaser] of rows) expect(teaser, title).toBe(listed.get(title));
    await page.close();
  });

  it('copies a paper\'s link from disk, where the clipboard API is not offered, says so, and keeps the focus on the button', async () => {
    const page = await newPage();
    await page.goto(`${fileRoot}papers/low-probability-tokens-sustain-exploration-in-reinforcement-learning-with/index.html`);
    const button = page.locator('button[data-copy]', { hasText: 'Copy link' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cite [role="status"], [role="status"]').allTextContents()).toContain('Link copied.');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy link');
    await page.close();
  });

  /** Every result title of a search (clicking "More results" to the end), sorted. */
  const titlesOf = async (page: Page, url: string, results: string, status: string) => {
    await page.goto(url);
    await expect.poll(async () => ((await page.locator(status).textContent()) ?? '').replace(/^Searching.*/, ''), { timeout: 15_000 }).not.toBe('');
    while (await page.locator(`${results} ~ .search-more:visible, ${results} + .search-more:visible`).count()) {
      const shown = await page.locator(`${results} .paper-item`).count();
      await page.locator(`${results} ~ .search-more`).click();
      await expect.poll(() => page.locator(`${results} .paper-item`).count()).toBeGreaterThan(shown);
    }
    return (await page.locator(`${results} .paper-title`).allTextContents()).sort();
  };
  /** The same search online (Pagefind) and from disk (the offline index). */
  const bothWays = async (page: Page, query: string): Promise<[online: string[], offline: string[]]> => [
    await titlesOf(page, `${root.url}search/?q=${encodeURIComponent(query)}`, '#search-results', '#search-status'),
    await titlesOf(page, `${fileRoot}search/index.html?q=${encodeURIComponent(query)}`, '.offline-results', '.offline-status'),
  ];

  it('stems words offline as Pagefind does online: "learning" and "optimizers" find the same papers both ways, inflections included', async () => {
    const page = await newPage();
    for (const query of ['learning', 'optimizers']) {
      const [online, offline] = await bothWays(page, query);
      expect(online.length, query).toBeGreaterThan(5);
      expect(offline, query).toEqual(online);
    }
    await page.close();
  });

  it('searches a hyphenated word whole offline as Pagefind does online: "in-context learning" finds the same papers, not every paper with "in" and "context"', async () => {
    const page = await newPage();
    const [online, offline] = await bothWays(page, 'in-context learning');
    expect(online.length).toBeGreaterThan(3);
    expect(offline).toEqual(online);
    // Joined, a word is searched exactly, as Pagefind does: "self-supervised" never finds a paper that says only "semi-supervised".
    const selfSupervised = await titlesOf(page, `${fileRoot}search/index.html?q=self-supervised`, '.offline-results', '.offline-status');
    expect(selfSupervised.length).toBeGreaterThan(1);
    expect(selfSupervised.filter((t) => t.startsWith('Early-Learning Regularization'))).toEqual([]);
    await page.close();
  });

  it('sorts and filters offline as the online address says, by every filter the online page has', async () => {
    const page = await newPage();
    const items = page.locator('.offline-results .paper-item');
    const dates = () => items.evaluateAll((els) => els.map((e) => e.querySelector('.meta time')?.getAttribute('datetime') ?? ''));
    await page.goto(`${fileRoot}search/index.html?q=curriculum&sort=oldest:asc`);
    await items.first().waitFor({ timeout: 5_000 });
    const oldest = await dates();
    // The undated truncated record comes last; the dated ones oldest first.
    expect(oldest.at(-1)).toBe('');
    expect(oldest.slice(0, -1)).toEqual([...oldest.slice(0, -1)].sort());
    await expect(items.last().locator('.meta').textContent()).resolves.toContain('Date, authors and upvotes are not in the digest');
    await page.goto(`${fileRoot}search/index.html?q=learning&sort=newest:desc&year=2025&organization=Tencent`);
    await items.first().waitFor({ timeout: 5_000 });
    const newest = await dates();
    expect(newest.every((d) => d.startsWith('2025-'))).toBe(true);
    expect(newest).toEqual([...newest].sort().reverse());
    await expect(page.locator('#filter-sort').inputValue()).resolves.toBe('newest:desc');
    // Every filter of the online page, the organization's too: only that organization's papers.
    await expect(page.locator('.search-filters label').allTextContents()).resolves.toEqual(['Sort by', 'Topic', 'Year', 'Organization', 'Day']);
    await expect(page.locator('#filter-organization').inputValue()).resolves.toBe('Tencent');
    const credits = await items.evaluateAll((els) => els.map((e) => e.querySelector('.meta')?.textContent ?? ''));
    expect(credits.length).toBeGreaterThan(0);
    expect(credits.every((c) => c.includes('Tencent'))).toBe(true);
    await page.locator('#filter-organization').selectOption('');
    await expect.poll(() => items.count()).toBeGreaterThan(credits.length);
    expect(new URL(page.url()).searchParams.has('organization')).toBe(false);
    // No paper has every word: the fallback to any word says so.
    await page.goto(`${fileRoot}search/index.html?q=gradient+zebra`);
    await items.first().waitFor({ timeout: 5_000 });
    await expect(page.locator('.offline-status').textContent()).resolves.toMatch(/^No paper has all of “gradient zebra”; \d+ results with some of these words\.$/);
    // Nothing found, a filter chosen: the hint names words and filters, as online.
    await page.goto(`${fileRoot}search/index.html?q=xyzzyqwerty&year=2025`);
    await expect.poll(() => page.locator('.offline-status').textContent()).toBe('No results for “xyzzyqwerty” — try other words or fewer filters.');
    // On a site this small the offline index holds whole abstracts: "diffusion", word 153 of an abstract, finds it as online.
    await page.goto(`${fileRoot}search/index.html?q=diffusion`);
    await items.first().waitFor({ timeout: 5_000 });
    await expect(items.allTextContents()).resolves.toContainEqual(expect.stringContaining('No More Adam: Learning Rate Scaling at Initialization'));
    await expect(page.locator('.offline-note').textContent()).resolves.toContain('titles, abstracts, topics and organizations');
    // An organization's name finds its papers offline too.
    await page.goto(`${fileRoot}search/index.html?q=tencent`);
    await items.first().waitFor({ timeout: 5_000 });
    // Filters alone list their papers, as online, where a topic's address needs no query.
    await page.goto(`${fileRoot}search/index.html?tag=Bilevel+optimization&sort=newest:desc`);
    await items.first().waitFor({ timeout: 5_000 });
    const topic = await page.locator('.offline-status').textContent();
    expect(topic).toMatch(/^\d+ results? in Bilevel optimization$/);
    expect(await items.count()).toBe(Number.parseInt(topic ?? '', 10));
    // Every result, not every topic list there is: a result without one fails.
    expect(await items.evaluateAll((els) => els.every((e) => e.querySelector('.tags')?.textContent?.includes('Bilevel optimization')))).toBe(true);
    const byDate = (await dates()).filter(Boolean);
    expect(byDate).toEqual([...byDate].sort().reverse());
    // Topic pills link to their pages, as on day pages.
    await page.locator('.offline-results .tags a', { hasText: 'Bilevel optimization' }).first().click();
    expect(page.url()).toMatch(/tags\/bilevel-optimization\/index\.html$/);
    await page.close();
  });

  it('resolves every internal link of every page to a file that exists, never a folder', async () => {
    const page = await newPage();
    const bad: string[] = [];
    // 404.html too: its links are root-absolute for hosts, and made relative from disk.
    for (const file of listHtml()) {
      await page.goto(fileRoot + file);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        if (!href.startsWith('file:')) continue;
        const target = decodeURIComponent(new URL(href).pathname);
        if (target.endsWith('/')) bad.push(`${file} → ${href} (folder)`);
        else if (!existsSync(target)) bad.push(`${file} → ${href}`);
      }
    }
    expect(bad).toEqual([]);
    await page.close();
  });
});

describe('under a sub-path', () => {
  it('serves the same dist/ under /mirror/: journey and Pagefind search work', async () => {
    const page = await newPage();
    await walkHomeDayPaperTag(page, sameDistUnderSubPath.url, false);
    expect(page.url().startsWith(sameDistUnderSubPath.url)).toBe(true);
    await page.goto(`${sameDistUnderSubPath.url}search/?q=ScaleBiO`);
    const result = page.locator('#search-results a').first();
    await result.waitFor({ timeout: 15_000 });
    await expect(result.getAttribute('href')).resolves.toBe('/mirror/papers/scalebio-scalable-bilevel-optimization-for-llm-data-reweighting/');
    // The not-found page, served at any address, is styled there too: it carries its stylesheet.
    await page.goto(`${sameDistUnderSubPath.url}no/such/page/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.locator('.masthead').evaluate((e) => getComputedStyle(e).borderBottomStyle)).resolves.toBe('double');
    await page.close();
  });

  it('builds with BASE_PATH=/digest/: canonical URLs carry the sub-path, without index.html', async () => {
    const page = await newPage();
    await page.goto(`${subPathBuild.url}papers/scalebio-scalable-bilevel-optimization-for-llm-data-reweighting/`);
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe('https://papers.example.com/digest/papers/scalebio-scalable-bilevel-optimization-for-llm-data-reweighting/');
    await page.goto(`${subPathBuild.url}no/such/page/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.locator('a', { hasText: 'Browse the digest days' }).click();
    await page.waitForURL(`${subPathBuild.url}days/`);
    await walkHomeDayPaperTag(page, subPathBuild.url, false);
    await page.goto(`${subPathBuild.url}search/?q=ScaleBiO`);
    const result = page.locator('#search-results a').first();
    await result.waitFor({ timeout: 15_000 });
    await expect(result.getAttribute('href')).resolves.toBe('/digest/papers/scalebio-scalable-bilevel-optimization-for-llm-data-reweighting/');
    await page.close();
  });
});

describe('links over http', () => {
  it('answers 200 for every internal href and src of every page, at the root and under a sub-path', async () => {
    const { parse } = await import('node-html-parser');
    const bad: string[] = [];
    for (const server of [root, sameDistUnderSubPath]) {
      const checked = new Map<string, number>();
      for (const file of listHtml()) {
        if (file === '404.html') continue;
        const pageUrl = server.url + file.replace(/index\.html$/, '');
        const html = await (await fetch(pageUrl)).text();
        for (const el of parse(html).querySelectorAll('a[href], link[href], script[src], img[src]')) {
          const target = new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', pageUrl);
          if (target.origin !== new URL(server.url).origin) continue;
          target.hash = '';
          if (!checked.has(target.href)) checked.set(target.href, (await fetch(target, { method: 'HEAD' })).status);
          if (checked.get(target.href) !== 200) bad.push(`${pageUrl} → ${target.href} (${checked.get(target.href)})`);
        }
      }
      expect(checked.size).toBeGreaterThan(150);
    }
    expect(bad).toEqual([]);
  });
});

describe('a search index in shards', () => {
  it('finds papers from every shard through one search box (Pagefind mergeIndex)', async () => {
    const dist = buildVariant('dist-sharded', { BROADSHEET_SEARCH_SHARD_SIZE: '50' });
    const server = await serveStatic(dist, '/sharded/');
    try {
      const page = await newPage();
      for (const [query, title] of [
        ['Convergent Graph Solvers', 'Convergent Graph Solvers'], // first shard (slugs a–c)
        ['Weight Compander', 'Weight Compander: A Simple Weight Reparameterization for Regularization'], // last shard
      ] as const) {
        await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
        const link = page.locator('#search-results a', { hasText: title });
        await link.first().waitFor({ timeout: 15_000 });
        expect(await link.first().getAttribute('href')).toMatch(/^\/sharded\/papers\//);
      }
      await page.close();
    } finally {
      await server.close();
    }
    expect((await import('node:fs')).readdirSync(dist).filter((d) => d.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });

  it('sorts across shards: every result in order, each once, a page at a time (Pagefind ranks a sort within each index only)', async () => {
    const dist = buildVariant('dist-sharded', { BROADSHEET_SEARCH_SHARD_SIZE: '50' });
    const server = await serveStatic(dist, '/sharded/');
    try {
      const page = await newPage();
      /** Every result of a search, pressing "More results" until it hides: its hrefs and the sort's values. */
      const everyResult = async (query: string) => {
        await page.goto(`${server.url}search/?${query}`);
        await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
        while (await page.locator('#search-more').isVisible()) {
          const before = await page.locator('#search-results .paper-item').count();
          await page.locator('#search-more').click();
          await expect.poll(() => page.locator('#search-results .paper-item').count(), { timeout: 15_000 }).toBeGreaterThan(before);
        }
        return page.locator('#search-results .paper-item').evaluateAll((items) => items.map((item) => ({
          href: item.querySelector('.paper-title a')?.getAttribute('href') ?? '',
          published: item.querySelector('.meta time')?.getAttribute('datetime') ?? '',
          upvotes: Number(/\d+/.exec(item.querySelector('.upvotes')?.textContent ?? '')?.[0] ?? 0),
        })));
      };
      const count = async () => Number(/^(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[0].split(' ')[0]);
      const relevance = await everyResult('q=learning');
      expect(relevance.length).toBeGreaterThan(60); // more results than any one shard holds
      const dated = (rows: { published: string }[]) => rows.map((r) => r.published).filter(Boolean);
      for (const [sort, ordered] of [
        ['newest:desc', (rows: Awaited<typeof relevance>) => dated(rows).every((d, i, all) => i === 0 || d <= all[i - 1]!)],
        ['oldest:asc', (rows: Awaited<typeof relevance>) => dated(rows).every((d, i, all) => i === 0 || d >= all[i - 1]!)],
        ['upvotes:desc', (rows: Awaited<typeof relevance>) => rows.every((r, i) => i === 0 || r.upvotes <= rows[i - 1]!.upvotes)],
      ] as const) {
        const rows = await everyResult(`q=learning&sort=${sort}`);
        expect(ordered(rows), sort).toBe(true);
        // The same papers as by relevance, each once, and as many as the status says.
        expect(rows.map((r) => r.href).sort(), sort).toEqual(relevance.map((r) => r.href).sort());
        expect(await count(), sort).toBe(rows.length);
      }
      // The newest paper of the whole site leads, whichever shard holds it.
      const newest = await everyResult('q=learning&sort=newest:desc');
      expect(newest[0]!.published).toBe(dated(relevance).sort().at(-1));
      // No paper has every word: the papers with some, in the order asked for too.
      const some = await everyResult('q=diffusion%20xylophone%20reweighting&sort=newest:desc');
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^No paper has all of/);
      expect(dated(some).length).toBeGreaterThan(1);
      expect(dated(some)).toEqual([...dated(some)].sort().reverse());
      expect(new Set(some.map((r) => r.href)).size).toBe(some.length);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('old paper addresses', () => {
  it('redirects a later spelling to its paper over http and from disk', async () => {
    const dist = buildVariant('dist-aliases-browser', { SEEDS_DIR: path.resolve('src/tests/fixtures/aliases') });
    const server = await serveStatic(dist);
    try {
      const page = await newPage();
      await page.goto(`${server.url}papers/qa-models-for-science/`);
      await page.waitForURL(`${server.url}papers/q-and-a-models-for-science/`);
      await page.goto(`${pathToFileURL(dist).href}/papers/qa-models-for-science/index.html`);
      await page.waitForURL(/papers\/q-and-a-models-for-science\/index\.html$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('QA Models for Science');
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('names the paper a missing address meant: a search for its words, and online the paper at its address without the suffix', async () => {
    const dist = buildVariant('dist-aliases-browser', { SEEDS_DIR: path.resolve('src/tests/fixtures/aliases') });
    const server = await serveStatic(dist, '/mirror/');
    try {
      const page = await newPage();
      const guessAt = async (address: string) => {
        await page.goto(`${server.url}${address}`);
        await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
        const search = page.locator('#not-found-ways a').first();
        const guess = page.locator('#not-found-guess');
        // The guess comes from a fetch: wait for it where one is expected, else for the fetch to have had its chance.
        await page.waitForLoadState('networkidle');
        return {
          search: { text: await search.textContent(), href: await search.getAttribute('href') },
          guess: (await guess.isVisible()) ? { text: await guess.textContent(), href: await guess.locator('a').evaluate((a) => (a as HTMLAnchorElement).href) } : null,
        };
      };
      // A suffix the paper does not have (say, its colliding twin's digest was removed): the paper by its title.
      await expect(guessAt('papers/q-and-a-models-for-science-0abc123/')).resolves.toEqual({
        search: { text: 'Search for “q and a models for science”', href: '/mirror/search/?q=q%20and%20a%20models%20for%20science' },
        guess: { text: 'Perhaps you meant QA Models for Science?', href: `${server.url}papers/q-and-a-models-for-science/` },
      });
      // The bare address is a later spelling's: the paper it leads to, not "This paper is at another address".
      await expect(guessAt('papers/qa-models-for-science-0abc123/')).resolves.toMatchObject({
        guess: { text: 'Perhaps you meant QA Models for Science?', href: `${server.url}papers/q-and-a-models-for-science/` },
      });
      // The bare address lists papers whose spellings share it.
      await expect(guessAt('papers/ca-nets-0abc123/')).resolves.toMatchObject({
        guess: { text: 'Perhaps you meant one of the papers with this title?', href: `${server.url}papers/ca-nets/` },
      });
      // A typo: only the search; elsewhere than papers/, the page as it was.
      await expect(guessAt('papers/qa-model-for-science/')).resolves.toEqual({
        search: { text: 'Search for “qa model for science”', href: '/mirror/search/?q=qa%20model%20for%20science' },
        guess: null,
      });
      await expect(guessAt('days/2031-01-01/')).resolves.toMatchObject({ search: { text: 'Search the papers' }, guess: null });
      await expect(guessAt('papers/page-99/')).resolves.toMatchObject({ search: { text: 'Search the papers' }, guess: null });
      // A topic address: the topics first.
      await expect(guessAt('tags/metalearning/')).resolves.toMatchObject({ search: { text: 'Browse all topics', href: '/mirror/tags/' }, guess: null });
      // The search it offers finds the paper.
      await page.goto(`${server.url}papers/qa-models-for-science-0abc123/`);
      await page.locator('#not-found-ways a').first().click();
      await expect(page.locator('#search-results a').first().textContent()).resolves.toBe('QA Models for Science');
      await page.close();
    } finally {
      await server.close();
    }
  });
});
