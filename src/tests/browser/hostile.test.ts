/**
 * Hostile digest text in a real browser: pages and both search engines show
 * it as text, and nothing in it ever runs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from '../support/browser.ts';
import { buildVariant } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const EVIL = '<script>alert("title")</script> & "Quotes" </title> Attack';
let browser: Browser;
let server: StaticServer;
let dist: string;
const dialogs: string[] = [];
/** Uncaught errors of the pages a test opened: none is allowed. */
const pageErrors: string[] = [];
afterEach(() => { expect(pageErrors.splice(0)).toEqual([]); });

beforeAll(async () => {
  dist = buildVariant('dist-hostile-browser', { SEEDS_DIR: path.resolve('src/tests/fixtures/hostile') });
  browser = await launchBrowser();
  server = await serveStatic(dist);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = collectPageErrors(await browser.newPage(), pageErrors);
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(url);
  return page;
}

describe('hostile input in the browser', () => {
  it('shows the title as text in Pagefind results and on the paper page, running nothing', async () => {
    const page = await open(`${server.url}search/?q=attack`);
    const result = page.locator('#search-results a').first();
    await result.waitFor({ timeout: 15_000 });
    await expect(result.textContent()).resolves.toBe(EVIL);
    await result.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(EVIL);
    await expect(page.title()).resolves.toBe(`${EVIL} · Broadsheet`);
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('shows the title as text in offline search results from file://', async () => {
    const page = await open(`${pathToFileURL(dist).href}/search/index.html?q=attack`);
    const result = page.locator('.offline-results a').first();
    await result.waitFor({ timeout: 5_000 });
    await expect(result.textContent()).resolves.toBe(EVIL);
    await page.close();
    expect(dialogs).toEqual([]);
  });
});
