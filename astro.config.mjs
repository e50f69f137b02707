// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import rehypeExternalLinks from 'rehype-external-links';
import { clientBundles } from './src/integrations/client-bundles.ts';
import { dataStoreOnDisk } from './src/integrations/data-store-on-disk.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { papersJsonIntegration } from './src/integrations/papers-json.ts';
import { pageReuseIntegration } from './src/integrations/page-reuse.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { OUTPUT_OPTIONS } from './scripts/build-settings.mjs';
import { incrementalBuilds, siteBase, siteCacheDir, siteUrl } from './src/lib/site-config.ts';

// A bad BROADSHEET_INCREMENTAL stops the build before anything is rendered.
incrementalBuilds();
// Pages linked from the previous build: Astro does not list them, so the sitemap is told (page-reuse.ts).
/** @type {string[]} */
const reusedPaths = [];

export default defineConfig({
  // Canonical origin for rel=canonical, feeds and the sitemap.
  site: siteUrl(),
  base: siteBase(),
  // Directory pages with trailing slashes, four pages rendered at once, no inlined CSS (scripts/build-settings.mjs).
  ...OUTPUT_OPTIONS,
  // BROADSHEET_CACHE_DIR, else Astro's default.
  ...siteCacheDir(),
  markdown: {
    // Code samples in About are plain text; highlighting would add inline styles.
    syntaxHighlight: false,
    processor: unified({
      rehypePlugins: [[rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer', 'external'] }]],
    }),
  },
  vite: {
    // `import code from '../client/x.ts?bundle'`: a browser script as shipped (src/integrations/client-bundles.ts).
    plugins: [clientBundles()],
    // The project root, for worker threads that bundled page code starts (src/data/site.ts).
    define: { 'import.meta.env.BROADSHEET_ROOT': JSON.stringify(fileURLToPath(new URL('.', import.meta.url))) },
  },
  integrations: [
    mdx(),
    dataStoreOnDisk(),
    pageReuseIntegration({ reusedPaths }),
    sitemapIntegration({ reusedPaths }),
    pagefindIntegration(),
    papersJsonIntegration(),
  ],
});
