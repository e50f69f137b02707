/**
 * Build settings from the environment (the README's settings table, but for
 * `DIST_DIR`, which `scripts/build.mjs` reads, and `CHROMIUM_PATH`, the tests'),
 * shared by `astro.config.mjs`, the loaders, the integrations and the
 * pages (the 404 page renders with `import.meta.env.BASE_URL` = `/` whatever
 * the base, so pages read the base from here instead). A value that is set
 * but makes no sense stops the build with an error naming it: falling back
 * silently would build a site nobody asked for.
 */
import path from 'node:path';

type Env = Record<string, string | undefined>;

/** An on/off setting: unset or empty gives `fallback`; `1`, `true`, `yes` and `0`, `false`, `no` (any case) say it. */
function readSwitch(env: Env, name: string, fallback: boolean, meaning: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? '';
  if (raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be 1 or 0 (${meaning}), got "${env[name]}"`);
}

/** Default canonical origin when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'https://broadsheet.example.org';

/** `BASE_PATH` normalised to `/` or `/a/b/` (leading and trailing slash). */
export function siteBase(env: Env = process.env): string {
  const raw = (env.BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');
  return raw ? `/${raw}/` : '/';
}

/** `SITE_URL`, the canonical origin, validated. */
export function siteUrl(env: Env = process.env): string {
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
export function siteCacheDir(env: Env = process.env): { cacheDir?: string } {
  const dir = env.BROADSHEET_CACHE_DIR?.trim();
  return dir ? { cacheDir: dir } : {};
}

/**
 * `BROADSHEET_INCREMENTAL`: unset or `1` (the default), a build through
 * `npm run build` renders only the paper, alias and day pages whose data,
 * code or settings changed since the previous build, and links the others
 * from it (`integrations/page-reuse.ts`); `0` renders every page.
 */
export function incrementalBuilds(env: Env = process.env): boolean {
  return readSwitch(env, 'BROADSHEET_INCREMENTAL', true, '1 reuses unchanged pages, the default; 0 renders every page');
}

/** `BROADSHEET_LENIENT`: on, records that cannot be understood are reported and skipped instead of failing the build. */
export function isLenient(env: Env = process.env): boolean {
  return readSwitch(env, 'BROADSHEET_LENIENT', false, '1 skips and reports records that cannot be read; 0 fails the build on them, the default');
}

/** The digest folder: `SEEDS_DIR` or `seeds`, resolved against the working directory. */
export function seedsDir(env: Env = process.env): string {
  return path.resolve(env.SEEDS_DIR?.trim() || 'seeds');
}

/**
 * The notes folder: `NOTES_DIR`; else `src/notes` for the project's own seeds;
 * else, with another `SEEDS_DIR`, its `notes/` subfolder: notes annotate the
 * digests they sit with, so another corpus never inherits this one's notes.
 */
export function notesDir(env: Env = process.env): string {
  if (env.NOTES_DIR?.trim()) return path.resolve(env.NOTES_DIR.trim());
  if (seedsDir(env) !== path.resolve('seeds')) return path.join(seedsDir(env), 'notes');
  return path.resolve('src', 'notes');
}

/**
 * Papers per search shard when `BROADSHEET_SEARCH_SHARD_SIZE` is unset.
 * Pagefind holds ~145 KB per paper while it indexes, so a shard of 3,500 needs
 * ~0.5 GB beside the page build; each shard adds one index chunk (~20 KB) to a
 * first query, and 3 shards keep a 10,000-paper site's first query under 300 KB.
 */
export const DEFAULT_SHARD_SIZE = 3500;

/** `BROADSHEET_SEARCH_SHARD_SIZE`: papers per search shard, a positive whole number. */
export function shardSize(env: Env = process.env): number {
  const raw = env.BROADSHEET_SEARCH_SHARD_SIZE?.trim();
  if (!raw) return DEFAULT_SHARD_SIZE;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`BROADSHEET_SEARCH_SHARD_SIZE must be a whole number of papers per search shard (at least 1), got "${raw}"`);
  }
  return Number(raw);
}
