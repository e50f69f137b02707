/**
 * Astro integration: rebuilds render only the paper, alias and day pages that
 * changed. At `astro:build:start` it reads what the previous build left (a
 * manifest of page keys in the cache folder) and offers the pages a plan
 * (`lib/page-reuse.ts`); `getStaticPaths` leaves out every page the plan
 * reuses, each is hard-linked from the previous `dist/` while Astro renders
 * the others, and `astro:build:done` waits for the links, tells the sitemap
 * and leaves the manifest for the next build.
 *
 * Astro's own `experimental.incrementalBuild` did the same per page inside its
 * render loop and cost more than it saved: at 10,000 papers, restoring 9,000
 * pages took 18 s (an existence check, a copy and a cache write per page).
 *
 * Reuse needs `scripts/build.mjs`, which says where the previous site is
 * (`BROADSHEET_PUBLISH_DIR`) and builds beside it; a plain `astro build`
 * renders everything.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf, manifestFor, parseManifest, ReusePlan } from '../lib/page-reuse.ts';
import { incrementalBuilds, notesDir } from '../lib/site-config.ts';
import { compareStrings } from '../lib/titles.ts';
import { offerReusePlan } from './site-handoff.ts';

/** Files and folders, from the project root, whose content shapes every page. */
const CODE = ['src', 'public', 'astro.config.mjs', 'scripts/build-settings.mjs', 'package.json', 'package-lock.json', 'tsconfig.json',
  // npm's record of what is installed, which may differ from the lock file.
  'node_modules/.package-lock.json'];
/** Settings that shape pages besides the Astro config. Where the cache lives and whether to reuse do not. */
const SETTING = /^(SITE_URL|BASE_PATH|BROADSHEET_(?!CACHE_DIR$|INCREMENTAL$|PUBLISH_DIR$).*)$/;
/** Links made at once: enough to keep the disk busy with a cold page cache. */
const PARALLEL = 16;

async function* filesUnder(root: string, rel: string): AsyncGenerator<readonly [string, Uint8Array]> {
  const full = path.join(root, rel);
  const info = await stat(full).catch(() => null);
  if (!info) return;
  if (info.isFile()) {
    yield [rel, await readFile(full)];
    return;
  }
  const names = (await readdir(full)).sort();
  for (const name of names) yield* filesUnder(root, path.posix.join(rel, name));
}

async function codeFingerprint(root: string, settings: unknown): Promise<string> {
  const parts: (readonly [string, string | Uint8Array])[] = [['settings', JSON.stringify(settings)]];
  for (const entry of CODE) for await (const file of filesUnder(root, entry)) parts.push(file);
  // Curators' notes may live outside src/ (NOTES_DIR, or beside another SEEDS_DIR); a paper's key does not hold its note.
  for await (const [rel, content] of filesUnder(notesDir(), '')) parts.push([`notes:${rel}`, content]);
  return fingerprintOf(parts);
}

const identityOf = async (dir: string): Promise<string | null> => {
  const info = await stat(dir, { bigint: true }).catch(() => null);
  return info?.isDirectory() ? `${info.dev}:${info.ino}` : null;
};

/**
 * Runs `task` for each item added, `PARALLEL` at a time, from the moment it is
 * added: links are made while Astro renders the other pages. `settled()`
 * waits for all and rejects with the first failure.
 */
function parallelQueue<T>(task: (item: T) => Promise<void>) {
  const items: T[] = [];
  let next = 0;
  let active = 0;
  let failure: unknown = null;
  let waiting: (() => void)[] = [];
  const pump = () => {
    while (active < PARALLEL && next < items.length) {
      active++;
      task(items[next++]!).catch((error: unknown) => { failure ??= error; }).finally(() => {
        active--;
        pump();
      });
    }
    if (active === 0 && next === items.length) for (const resolve of waiting.splice(0)) resolve();
  };
  return {
    add(item: T) {
      items.push(item);
      pump();
    },
    async settled(): Promise<void> {
      if (active > 0 || next < items.length) await new Promise<void>((resolve) => waiting.push(resolve));
      if (failure) throw failure;
    },
  };
}

/**
 * The integration.
 * @param reusedPaths Filled at `astro:build:done` with the site path of every
 * linked page, before the sitemap integration (listed after this one) reads
 * it: Astro tells integrations only of pages it rendered.
 */
export function pageReuseIntegration({ reusedPaths }: { reusedPaths: string[] }): AstroIntegration {
  let root = '';
  let manifestFile = '';
  let settings: unknown = null;
  let plan: ReusePlan | null = null;
  let outDir = '';
  let links: ReturnType<typeof parallelQueue<string>> | null = null;
  let plannedFrom: string | null = null;
  const publishDir = process.env.BROADSHEET_PUBLISH_DIR ? path.resolve(process.env.BROADSHEET_PUBLISH_DIR) : null;
  return {
    name: 'broadsheet-page-reuse',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        manifestFile = path.join(fileURLToPath(config.cacheDir), 'broadsheet-pages.json');
        const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => SETTING.test(k)).sort(([a], [b]) => compareStrings(a, b)));
        settings = { site: config.site ?? '', base: config.base, trailingSlash: config.trailingSlash, format: config.build.format, node: process.version, env };
      },
      'astro:build:start': async () => {
        reusedPaths.length = 0;
        plan = null;
        links = null;
        offerReusePlan(null);
        // Without build.mjs (or building into the published folder itself), this build may rewrite the folder the
        // manifest describes while keeping its identity (Astro empties it, it does not replace it): forget it.
        if (!publishDir || publishDir === outDir) {
          await rm(manifestFile, { force: true });
          return;
        }
        const fingerprint = await codeFingerprint(root, settings);
        const previous = incrementalBuilds() ? parseManifest(await readFile(manifestFile, 'utf8').catch(() => '')) : null;
        const from = publishDir;
        const to = outDir;
        const queue = parallelQueue(async (sitePath: string) => {
          const target = path.join(to, sitePath, 'index.html');
          await mkdir(path.dirname(target), { recursive: true });
          const source = path.join(from, sitePath, 'index.html');
          await link(source, target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? Promise.reject(error) : copyFile(source, target)));
        });
        links = queue;
        // Pages are decided in getStaticPaths, after Astro has emptied the output folder: each is linked at once.
        plannedFrom = await identityOf(publishDir);
        plan = new ReusePlan(manifestFor(previous, publishDir, plannedFrom), { dist: publishDir, fingerprint }, (p) => queue.add(p));
        offerReusePlan(plan);
      },
      'astro:build:done': async ({ dir, logger }) => {
        offerReusePlan(null);
        if (!plan || !links || !publishDir) return;
        if (fileURLToPath(dir) !== outDir) throw new Error(`page reuse: pages were linked into ${outDir} but the build was written to ${fileURLToPath(dir)}`);
        const reused = plan.reused();
        try {
          await links.settled();
          // Another build published a new site meanwhile: some links may come from it.
          if (reused.length > 0 && (await identityOf(publishDir)) !== plannedFrom) throw new Error(`${publishDir} was replaced during this build`);
        } catch (error) {
          // The next build starts afresh instead of failing the same way.
          await rm(manifestFile, { force: true });
          throw new Error(`Could not reuse a page of the previous build (${(error as Error).message}): was ${publishDir} changed by hand? The next build renders every page.`, { cause: error });
        }
        for (const p of reused) reusedPaths.push(p); // one push per path: spreading 100,000+ overflows the stack
        // The output folder keeps its identity when build.mjs renames it into place.
        const identity = await identityOf(outDir);
        if (identity) {
          await mkdir(path.dirname(manifestFile), { recursive: true });
          await writeFile(`${manifestFile}.${process.pid}.tmp`, JSON.stringify(plan.manifest(identity)));
          await rename(`${manifestFile}.${process.pid}.tmp`, manifestFile);
        }
        links = null;
        if (reused.length > 0) logger.info(`${reused.length} unchanged paper, alias and day page(s) linked from the previous build instead of rendered`);
        plan = null;
      },
    },
  };
}
