/**
 * The one module pages get their data from: the collections plus the
 * taxonomy, turned into the site model once per build.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { hasNotes } from '../loaders/read-notes.ts';
import taxonomyText from '../taxonomy/taxonomy.yaml?raw';
import { offerSiteModel, getReusePlan } from '../integrations/site-handoff.ts';
import { buildSiteModel, toSimilarityDocs, type SiteModel } from '../lib/site-model.ts';
import { offlineInput, offlineTeasersScript } from '../lib/offline-index.ts';
import type { WorkerTasks } from './worker.ts';
import path from 'node:path';
import { runInHeavyLane } from '../workers/heavy-lane.ts';
import { runWorker } from '../workers/run-worker.ts';
import { siteBase, siteUrl } from '../lib/site-config.ts';
import { parseTaxonomy } from '../lib/taxonomy.ts';

/** Base path of the site (`/` or `/sub/`). */
export const BASE = siteBase();
/** Canonical origin. */
export const SITE_URL = siteUrl();

/**
 * Whether the previous build's copy of a page can be linked instead of
 * rendering it (`integrations/page-reuse.ts`): `getStaticPaths` leaves such
 * pages out. Always false in dev and in a plain `astro build`.
 */
export function isReused(sitePath: string, key: () => string): boolean {
  return getReusePlan()?.reuse(sitePath, key) ?? false;
}

let model: Promise<SiteModel> | null = null;

async function loadSite(): Promise<SiteModel> {
  const [papers, days, paperNotes, tagNotes] = await Promise.all([
    getCollection('papers'), getCollection('days'),
    // Asking Astro for an empty collection logs a warning on every build.
    hasNotes('papers') ? getCollection('paperNotes') : [],
    hasNotes('tags') ? getCollection('tagNotes') : [],
  ]);
  const paperData = papers.map((p) => p.data);
  // Similar papers on the second core while this thread builds the site model.
  const similar = runInWorker('similar', toSimilarityDocs(paperData));
  similar.catch(() => {}); // awaited below, after the model
  const site = buildSiteModel(paperData, days.map((d) => d.data), parseTaxonomy(taxonomyText, 'src/taxonomy/taxonomy.yaml'), {
    paperNotes: paperNotes.map((n) => ({ slug: n.id, file: n.filePath ?? n.id, ...n.data })),
    tagNotes: tagNotes.map((n) => ({ slug: n.id, file: n.filePath ?? n.id, ...n.data })),
    similar: false,
  });
  // Search indexing starts now, beside rendering (similar papers are not searched, so it need not wait).
  if (!import.meta.env.DEV) offerSiteModel(site);
  const bySlug = await similar;
  for (const paper of site.papers) paper.similar = bySlug.get(paper.slug) ?? [];
  return site;
}

/** Runs one of `worker.ts`'s tasks in a worker thread, from the project's sources (the bundled copy of this module lives elsewhere). */
function runInWorker<K extends keyof WorkerTasks>(task: K, input: Parameters<WorkerTasks[K]>[0]): Promise<ReturnType<WorkerTasks[K]>> {
  const root: string = import.meta.env.BROADSHEET_ROOT ?? process.cwd();
  return runWorker(path.join(root, 'src', 'data', 'worker.ts'), { task, input });
}

/**
 * The offline search index as a classic script, indexed in a worker while
 * pages keep rendering; in the heavy lane, so never beside a Pagefind shard.
 */
export async function getOfflineIndexScript(): Promise<string> {
  const site = await getSite();
  // Its input is made once the lane is ours, so it is not held while a shard is built.
  return runInHeavyLane(() => runInWorker('offlineIndex', offlineInput(site)));
}

/** The offline search's teasers as a classic script (see offlineTeasersScript). */
export async function getOfflineTeasersScript(): Promise<string> {
  return offlineTeasersScript(await getSite());
}

/** The rendered body of a curator's note on a paper or tag, or null. */
export async function renderNote(kind: 'paperNotes' | 'tagNotes', slug: string) {
  const entry = await getEntry(kind, slug);
  return entry ? (await render(entry)).Content : null;
}

/**
 * The site model. A build computes it once for all pages; dev recomputes it
 * per request so an edited digest shows without a restart.
 */
export function getSite(): Promise<SiteModel> {
  if (import.meta.env.DEV || !model) model = loadSite();
  return model;
}
