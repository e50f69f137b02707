/**
 * Site paths and relative links. Pages link to each other with relative URLs
 * (`../../papers/x/`) so the same `dist/` works at a domain root, under any
 * sub-path and straight from disk. A site path is relative to the site root,
 * has no leading slash and ends with `/` for pages (`''` is the home page).
 */

/** Site path of a paper page. */
export const paperPath = (slug: string): string => `papers/${slug}/`;
/** Site path of a digest-day page. */
export const dayPath = (date: string): string => `days/${date}/`;
/** Site path of a tag page. */
export const tagPath = (slug: string): string => `tags/${slug}/`;

/**
 * The site path of a request path under `base`: `/digest/papers/x/` with base
 * `/digest/` gives `papers/x/`. Paths outside the base are returned without
 * their leading slash.
 */
export function toSitePath(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  return p === 'index.html' ? '' : p.replace(/index\.html$/, '');
}

/**
 * Relative URL from the page at site path `from` to site path `to` (which may
 * carry `?query` or `#fragment`). Both are site paths; `from` names a page, so
 * its directory is everything up to its last `/`.
 */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  const up = '../'.repeat(depth);
  const target = `${up}${to}`;
  if (target === '') return './';
  return /^[?#]/.test(target) ? `./${target}` : target;
}

/** Absolute URL of a site path, for canonical links and feeds: `https://example.org/digest/papers/x/`. */
export function absoluteUrl(site: string, base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${b}${path}`.replace(/^\/*/, '/'), site).href;
}
