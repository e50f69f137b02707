/**
 * Helpers for tests of the built site: reading `dist/`, listing pages,
 * resolving links as a static host (or a file:// browser) would.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build output the tests look at (`DIST_DIR`, default `dist`). */
export const DIST = path.resolve(process.env.DIST_DIR || 'dist');

/** Every HTML file under a built site's folder, as paths relative to it, sorted; throws when the folder holds no built site. */
export function listHtml(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.html')) out.push(r);
    }
  };
  walk('');
  // Loops over every page pass on an empty folder: a folder that is no built site stops the test instead.
  const missing = ['index.html', '404.html', 'days/index.html', 'papers/index.html', 'tags/index.html'].filter((f) => !out.includes(f));
  if (missing.length > 0 || !out.some((f) => /^papers\/(?!page-)[^/]+\/index\.html$/.test(f))) {
    throw new Error(`${dir} is not a built site: ${missing.length ? `no ${missing.join(', ')}` : 'no paper page'} among its ${out.length} pages`);
  }
  return out.sort();
}

const cache = new Map<string, HTMLElement>();
/** Parsed HTML of a built file (relative to DIST). */
export function page(rel: string): HTMLElement {
  let doc = cache.get(rel);
  if (!doc) {
    doc = parse(readFileSync(path.join(DIST, rel), 'utf8'), { blockTextElements: { script: true, style: true } });
    cache.set(rel, doc);
  }
  return doc;
}

/**
 * Resolves a relative URL found in `fromFile` to a file in DIST, the way a
 * static host does (folder → its index.html). Returns null for external URLs.
 */
export function resolveLink(fromFile: string, href: string): { file: string; fragment: string } | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const url = new URL(href, `http://site.invalid/${fromFile}`);
  let rel = decodeURIComponent(url.pathname.slice(1));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return { file: rel, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** True when a path in DIST is an existing file. */
export function isFile(rel: string): boolean {
  const p = path.join(DIST, rel);
  return existsSync(p) && statSync(p).isFile();
}

/** Slug of a paper from a link like `../../papers/<slug>/`. */
export function paperSlugOf(href: string): string | null {
  return /(?:^|\/)papers\/([^/]+)\/(?:index\.html)?$/.exec(href)?.[1] ?? null;
}
