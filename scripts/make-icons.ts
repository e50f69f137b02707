/**
 * `node scripts/make-icons.ts`: renders `public/favicon.svg` to the PNG icons
 * that link previews and home screens read, which take no SVG: the
 * `og:image` (`public/icon-512.png`) and the `apple-touch-icon`
 * (`public/apple-touch-icon.png`). Run it after changing the favicon and
 * commit the PNGs: building the site needs no browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../src/tests/support/browser.ts';
import { ICONS } from '../src/lib/icons.ts';

const publicDir = path.resolve(import.meta.dirname, '../public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    // Square and opaque: previews and home screens cut their own corners, and show transparent ones black.
    const fill = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#000';
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:${fill}}svg{display:block;width:100vw;height:100vh}</style>${svg}`);
    await page.screenshot({ path: path.join(publicDir, icon.file) });
    await page.close();
    console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
