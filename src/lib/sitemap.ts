/**
 * The sitemap (sitemaps.org protocol): `sitemap-0.xml`, `sitemap-1.xml`… with
 * at most `SITEMAP_FILE_LIMIT` URLs each, and `sitemap-index.xml` listing them.
 *
 * Written here rather than by `@astrojs/sitemap`, which sorted the URLs with
 * `localeCompare(…, { numeric: true })`: a collator per comparison, 1 s at
 * 10,000 pages and 6 s at 100,000, on the build's critical path.
 */
import { compareStrings } from './titles.ts';

/** URLs per sitemap file: the protocol allows 50,000 (and 50 MB); the index lists the files. */
const SITEMAP_FILE_LIMIT = 45_000;

/** One file of the sitemap. */
export interface SitemapFile {
  /** File name at the site root, such as `sitemap-0.xml`. */
  name: string;
  xml: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML takes it in content and in attributes (the sitemap's URLs, the RSS feeds' self link). */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * The sitemap files for `urls` (absolute; duplicates dropped, sorted by code
 * unit so every machine writes the same bytes) and the index that lists them.
 * @param fileUrl Absolute URL of a sitemap file by name, for the index.
 */
export function sitemapFiles(urls: Iterable<string>, fileUrl: (name: string) => string, limit = SITEMAP_FILE_LIMIT): SitemapFile[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`sitemap: a file holds a whole number ≥ 1 of URLs, not ${limit}`);
  const sorted = [...new Set(urls)].sort(compareStrings);
  for (const url of sorted) {
    if (!/^https?:\/\//.test(url)) throw new Error(`sitemap: expected an absolute http(s) URL, got "${url}"`);
  }
  const files: SitemapFile[] = [];
  for (let start = 0; start < sorted.length || files.length === 0; start += limit) {
    const entries = sorted.slice(start, start + limit).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
    files.push({ name: `sitemap-${files.length}.xml`, xml: `${XML_HEAD}<urlset xmlns="${NS}">${entries.join('')}</urlset>\n` });
  }
  const listed = files.map((f) => `<sitemap><loc>${escapeXml(fileUrl(f.name))}</loc></sitemap>`);
  return [...files, { name: 'sitemap-index.xml', xml: `${XML_HEAD}<sitemapindex xmlns="${NS}">${listed.join('')}</sitemapindex>\n` }];
}
