/**
 * Build settings from the environment, shared by `astro.config.mjs` and the
 * pages (the 404 page renders with `import.meta.env.BASE_URL` = `/` whatever
 * the base, so pages read the base from here instead).
 */

/** Default canonical origin when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'https://broadsheet.example.org';

/** `BASE_PATH` normalised to `/` or `/a/b/` (leading and trailing slash). */
export function siteBase(env: Record<string, string | undefined> = process.env): string {
  const raw = (env.BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');
  return raw ? `/${raw}/` : '/';
}

/** `SITE_URL`, the canonical origin, validated. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  try {
    return new URL(raw).href;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${raw}"`);
  }
}

/**
 * `BROADSHEET_CACHE_DIR`: where Astro keeps its content store and Broadsheet
 * its search shards between builds (default: Astro's `node_modules/.astro/`),
 * as a config fragment.
 */
export function siteCacheDir(env: Record<string, string | undefined> = process.env): { cacheDir?: string } {
  const dir = env.BROADSHEET_CACHE_DIR?.trim();
  return dir ? { cacheDir: dir } : {};
}

/**
 * `BROADSHEET_INCREMENTAL`: unset or `1` (the default), a build through
 * `npm run build` renders only the paper, alias and day pages whose data,
 * code or settings changed since the previous build, and links the others
 * from it (`integrations/page-reuse.ts`); `0` renders every page.
 */
export function incrementalBuilds(env: Record<string, string | undefined> = process.env): boolean {
  const raw = env.BROADSHEET_INCREMENTAL?.trim() ?? '';
  if (raw === '' || raw === '1') return true;
  if (raw === '0') return false;
  throw new Error(`BROADSHEET_INCREMENTAL must be 1 (reuse unchanged pages, the default) or 0 (render every page), got "${env.BROADSHEET_INCREMENTAL}"`);
}
