/**
 * Astro integration: the sitemap (`lib/sitemap.ts`) of every page, rendered
 * or linked from the previous build. Pages that ask search engines not to
 * index them are left out: the 404 page and the other addresses of papers
 * (alias pages carry `noindex`), which listed there would be reported as
 * contradictions by search consoles.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapFiles } from '../lib/sitemap.ts';
import { absoluteUrl, paperPath } from '../lib/urls.ts';
import { listenForSiteModel } from './site-handoff.ts';

/**
 * The integration.
 * @param reusedPaths Site paths of the pages linked from the previous build,
 * complete at `astro:build:done` (the page-reuse integration, listed before
 * this one, fills it): Astro tells integrations only of pages it rendered.
 */
export function sitemapIntegration({ reusedPaths }: { reusedPaths: readonly string[] }): AstroIntegration {
  let site = '';
  let base = '/';
  let noindex = new Set<string>();
  let stopListening = () => {};
  return {
    name: 'broadsheet-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('the sitemap needs `site` (SITE_URL) for its absolute URLs');
        site = config.site;
        base = config.base;
      },
      'astro:build:start': () => {
        stopListening(); // a failed earlier build in this process never reached build:done
        noindex = new Set();
        stopListening = listenForSiteModel((model) => {
          noindex = new Set([...model.aliases.keys()].map(paperPath));
        });
      },
      'astro:build:done': async ({ dir, pages }) => {
        stopListening();
        // Endpoints (feeds, scripts, papers.json) are listed too, by file name: only pages end with `/`.
        const paths = [...pages.map((p) => p.pathname.replace(/^\/+/, '')), ...reusedPaths]
          .filter((p) => (p === '' || p.endsWith('/')) && p !== '404/' && !noindex.has(p));
        const out = fileURLToPath(dir);
        for (const { name, xml } of sitemapFiles(paths.map((p) => absoluteUrl(site, base, p)), (name) => absoluteUrl(site, base, name))) {
          await writeFile(path.join(out, name), xml);
        }
      },
    },
  };
}
