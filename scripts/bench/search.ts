/**
 * `npm run bench:search -- DIST`: first-query figures for a built site, in
 * Debian chromium: the offline (file://) search's time to first results, and
 * the bytes Pagefind transfers for the first query over http, and what the
 * same query sorted newest first adds.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../src/tests/support/browser.ts';
import { serveStatic } from '../../src/tests/support/static-server.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'gradient';
const browser = await launchBrowser();
try {
  // Offline: from opening the search page to the first result on screen.
  const offline = await browser.newPage();
  const t0 = Date.now();
  await offline.goto(`${pathToFileURL(dist).href}/search/index.html?q=${encodeURIComponent(query)}`);
  await offline.locator('.offline-results a').first().waitFor({ timeout: 60_000 });
  const offlineMs = Date.now() - t0;
  await offline.close();

  // Online: bytes over the wire for the page plus the first query.
  const server = await serveStatic(dist);
  const page = await browser.newPage();
  let bytes = 0;
  let searchBytes = 0;
  let wire = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => pending.push((async () => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    // What a static host with the usual gzip of text types sends; Pagefind's own files are gzip already.
    const text = /^(text\/|application\/(javascript|json))/.test(r.headers()['content-type'] ?? '');
    const sent = text ? gzipSync(body).length : body.length;
    bytes += body.length;
    wire += sent;
    if (/\/pagefind/.test(r.url())) searchBytes += body.length;
    if (process.env.VERBOSE) console.log(String(body.length).padStart(8), String(sent).padStart(8), r.url().replace(server.url, '/'));
  })()));
  const t1 = Date.now();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results .paper-item').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const onlineMs = Date.now() - t1;
  await Promise.all(pending);
  const first = { bytes, searchBytes, wire };
  // Then the same query newest first: a sorted search asks each shard alone and merges on the page.
  if (process.env.VERBOSE) console.log('-- then newest first:');
  wire = 0;
  const t2 = Date.now();
  // The change handler says "Searching…" at once, and replaces it with the results.
  await page.locator('#search-sort').selectOption('newest:desc');
  await page.waitForFunction(() => !/Searching/.test(document.getElementById('search-status')?.textContent ?? ''));
  await page.locator('#search-results .paper-item').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const sortedMs = Date.now() - t2;
  await Promise.all(pending);
  const sortedWire = wire;
  ({ bytes, searchBytes, wire } = first);
  await server.close();
  console.log(`search bench on ${dist} (query "${query}")`);
  console.log(`  offline (file://) first results      ${offlineMs} ms`);
  console.log(`  online first results                 ${onlineMs} ms`);
  console.log(`  online first query, search files     ${(searchBytes / 1024).toFixed(0)} KB (uncompressed)`);
  console.log(`  online first query, all transfers    ${(bytes / 1024).toFixed(0)} KB (uncompressed)`);
  console.log(`  online first query, over the wire    ${(wire / 1024).toFixed(0)} KB (text types gzip-compressed, as static hosts send them)`);
  console.log(`  then newest first: results           ${sortedMs} ms`);
  console.log(`  then newest first: over the wire     ${(sortedWire / 1024).toFixed(0)} KB more`);
} finally {
  await browser.close();
}
