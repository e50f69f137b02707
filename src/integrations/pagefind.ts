/**
 * Astro integration: builds the Pagefind index at `astro:build:done` through
 * Pagefind's Node API, and fails the build on any Pagefind error (its API
 * reports errors in return values instead of throwing).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Lists `papers/<slug>/index.html` files, sorted: Pagefind output is byte-stable only for a stable input order. */
async function listPaperPages(dist: string): Promise<string[]> {
  const root = path.join(dist, 'papers');
  const slugs = (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return slugs.map((s) => path.join('papers', s, 'index.html'));
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed at ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes paper pages only: days and tags repeat paper content and would duplicate results. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'broadsheet-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        try {
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const pages = await listPaperPages(dist);
          for (const sourcePath of pages) {
            const content = await readFile(path.join(dist, sourcePath), 'utf8');
            const added = await index.addHTMLFile({ sourcePath, content });
            check(`adding ${sourcePath}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
          check('writeFiles', written.errors);
          logger.info(`indexed ${pages.length} paper pages in ${((performance.now() - started) / 1000).toFixed(1)}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
