/**
 * axe-core on every page type, light and dark: no serious or critical
 * violations (colour contrast included, so both themes are checked).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES: [string, string][] = [
  ['home', ''],
  ['paper', 'papers/low-probability-tokens-sustain-exploration-in-reinforcement-learning-with/'],
  ['truncated paper', 'papers/cures-from-gradient-analysis-to-efficient-curriculum-learning-for-reasoning-llms/'],
  ['day', 'days/2025-12-11/'],
  ['tag', 'tags/bilevel-optimization/'],
  ['untagged', 'tags/untagged/'],
  ['days index', 'days/'],
  ['papers index', 'papers/'],
  ['tags index', 'tags/'],
  ['search with results', 'search/?q=gradient'],
  ['about', 'about/'],
  ['404', 'no-such-page/'],
];

let browser: Browser;
let server: StaticServer;
/** Uncaught errors of the pages a test opened: none is allowed. */
const pageErrors: string[] = [];
afterEach(() => { expect(pageErrors.splice(0)).toEqual([]); });
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on any page type, ${scheme} theme`, async () => {
      const page = collectPageErrors(await browser.newPage({ colorScheme: scheme }), pageErrors);
      const found: string[] = [];
      for (const [name, url] of PAGES) {
        // The server answers a missing page with the 404 page: a page that vanished must not be audited as it.
        expect((await page.goto(server.url + url))?.status(), name).toBe(name === '404' ? 404 : 200);
        if (url.startsWith('search')) {
          await page.locator('#search-results .paper-item').first().waitFor({ timeout: 15_000 });
        }
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        found.push(...violations.map((v) => `${name}: ${v}`));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }
  it('has no serious or critical violations on the offline search page (file://), its input named and results under a heading', async () => {
    const page = collectPageErrors(await browser.newPage(), pageErrors);
    await page.goto(`${pathToFileURL(DIST).href.replace(/\/?$/, '/')}search/index.html?q=gradient`);
    await page.locator('.offline-results .paper-item').first().waitFor({ timeout: 5_000 });
    await expect(page.getByRole('searchbox', { name: 'Search titles and abstracts' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Results' }).count()).resolves.toBe(1);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    await page.close();
    expect(violations).toEqual([]);
  });
});
