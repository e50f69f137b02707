/**
 * Astro integration: the Pagefind search index, through Pagefind's Node API.
 * Indexing starts at `astro:build:start` from the site model (one small search
 * document per paper, see `search-record.ts`) and runs in Pagefind's own
 * process while Astro renders pages, using the second core; `astro:build:done`
 * waits for it and moves the bundle into place. Any Pagefind error fails the
 * build (its API reports errors in return values instead of throwing).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecord } from '../lib/search-record.ts';
import { readSiteModel } from '../loaders/read-site.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed at ${step}:\n  ${errors.join('\n  ')}`);
}

/** Builds the index of every paper into a fresh folder; returns it and the paper count. */
async function buildIndex(root: string): Promise<{ dir: string; count: number }> {
  const site = readSiteModel(root, { similar: false });
  const out = await mkdtemp(path.join(tmpdir(), 'broadsheet-pagefind-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    // Sorted, one at a time: Pagefind output is byte-stable only for a stable input order.
    const papers = [...site.papers].sort((a, b) => a.slug.localeCompare(b.slug));
    for (const paper of papers) {
      const { url, html } = searchRecord(paper, site);
      const added = await index.addHTMLFile({ url, content: html });
      check(`adding ${url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: out });
    check('writeFiles', written.errors);
    return { dir: out, count: papers.length };
  } finally {
    await pagefind.close();
  }
}

/** The integration. */
export function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  let job: Promise<{ dir: string; count: number }> | null = null;
  let started = 0;
  const start = (logger: AstroIntegrationLogger) => {
    started = performance.now();
    job = buildIndex(root);
    // Reported when awaited; keep an early failure from being an unhandled rejection meanwhile.
    job.catch(() => logger.debug('search indexing failed; reported at build end'));
  };
  return {
    name: 'broadsheet-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); },
      'astro:build:start': ({ logger }) => start(logger),
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) start(logger);
        const { dir: built, count } = await (job as Promise<{ dir: string; count: number }>);
        const target = path.join(fileURLToPath(dir), 'pagefind');
        await rm(target, { recursive: true, force: true });
        await rename(built, target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV') throw error;
          const { cp } = await import('node:fs/promises');
          await cp(built, target, { recursive: true });
          await rm(built, { recursive: true, force: true });
        });
        logger.info(`indexed ${count} paper pages in ${((performance.now() - started) / 1000).toFixed(1)}s (alongside page rendering)`);
      },
    },
  };
}
