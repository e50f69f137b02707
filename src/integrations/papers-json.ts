/**
 * Astro integration: `papers.json`, written after rendering and streamed to
 * disk a chunk at a time. Astro buffers an endpoint's whole body (and copies
 * it), which at 30,000 papers was a 300 MB spike on top of a Pagefind shard.
 * The dev server serves the same chunks from an injected route.
 */
import type { AstroIntegration } from 'astro';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { papersJsonChunks } from '../lib/papers-json.ts';
import type { SiteModel } from '../lib/site-model.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { listenForSiteModel } from './site-handoff.ts';

/** The integration. */
export function papersJsonIntegration(): AstroIntegration {
  let site: SiteModel | null = null;
  let stopListening = () => {};
  let origin = '';
  let base = '/';
  return {
    name: 'broadsheet-papers-json',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/papers.json', entrypoint: './src/routes/papers-json.ts' });
      },
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('papers.json needs `site` (SITE_URL) for its canonical URLs');
        origin = config.site;
        base = config.base;
      },
      'astro:build:start': () => {
        stopListening(); // a failed earlier build in this process never reached build:done
        site = null;
        stopListening = listenForSiteModel((model) => {
          site = model;
        });
      },
      'astro:build:done': async ({ dir }) => {
        stopListening();
        if (!site) throw new Error('papers.json: no page built the site model (getSite)');
        const chunks = papersJsonChunks(site, (p) => absoluteUrl(origin, base, p));
        site = null;
        // Written aside and renamed: a failure part-way leaves no truncated papers.json.
        const file = path.join(fileURLToPath(dir), 'papers.json');
        await pipeline(Readable.from(chunks), createWriteStream(`${file}.partial`));
        await rename(`${file}.partial`, file);
      },
    },
  };
}
