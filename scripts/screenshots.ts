/**
 * `npm run screenshots [-- OUT_DIR]`: photographs every page type of the built
 * site (`dist/`, or DIST) at desktop and phone widths, light and dark, into
 * OUT_DIR (default /tmp/broadsheet-shots); PAGES="name=path,…" picks pages,
 * ONLY a substring of their file names. For looking at the design; not a test.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../src/tests/support/browser.ts';
import { serveStatic } from '../src/tests/support/static-server.ts';

const out = process.argv[2] ?? '/tmp/broadsheet-shots';
mkdirSync(out, { recursive: true });
const pages = (process.env.PAGES ?? 'home=,paper=papers/low-probability-tokens-sustain-exploration-in-reinforcement-learning-with/,day=days/2025-12-11/,tag=tags/bilevel-optimization/,tags=tags/,days=days/,papers=papers/,search=search/?q=bilevel,about=about/,404=nope/').split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const);
const server = await serveStatic(path.resolve(process.env.DIST ?? 'dist'));
const browser = await launchBrowser();
try {
  for (const [name, url] of pages) {
    for (const [vw, vh, label] of [[1280, 900, 'desktop'], [375, 800, 'phone']] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        if (process.env.ONLY && !`${name}-${label}-${scheme}`.includes(process.env.ONLY)) continue;
        const page = await browser.newPage({ viewport: { width: vw, height: vh }, colorScheme: scheme });
        await page.goto(server.url + url);
        if (name === 'search') await page.waitForSelector('.search-results .paper-item', { timeout: 5000 }).catch(() => {});
        await page.waitForTimeout(500);
        const file = path.join(out, `${name}-${label}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
