/**
 * The one module pages get their data from: the collections plus the
 * taxonomy, turned into the site model once per build.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { hasNotes } from '../loaders/read-notes.ts';
import taxonomyText from '../taxonomy/taxonomy.yaml?raw';
import { offerSearchDocuments } from '../integrations/search-handoff.ts';
import { searchDocument } from '../lib/search-record.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { siteBase, siteUrl } from '../lib/site-config.ts';
import { parseTaxonomy } from '../lib/taxonomy.ts';

/** Base path of the site (`/` or `/sub/`). */
export const BASE = siteBase();
/** Canonical origin. */
export const SITE_URL = siteUrl();

let model: Promise<SiteModel> | null = null;

async function loadSite(): Promise<SiteModel> {
  const [papers, days, paperNotes, tagNotes] = await Promise.all([
    getCollection('papers'), getCollection('days'),
    // Asking Astro for an empty collection logs a warning on every build.
    hasNotes('papers') ? getCollection('paperNotes') : [],
    hasNotes('tags') ? getCollection('tagNotes') : [],
  ]);
  const site = buildSiteModel(
    papers.map((p) => p.data),
    days.map((d) => d.data),
    parseTaxonomy(taxonomyText, 'src/taxonomy/taxonomy.yaml'),
    {
      paperNotes: paperNotes.map((n) => ({ slug: n.id, file: n.filePath ?? n.id, ...n.data })),
      tagNotes: tagNotes.map((n) => ({ slug: n.id, file: n.filePath ?? n.id, ...n.data })),
    },
  );
  // A build indexes for search exactly what the pages show.
  if (!import.meta.env.DEV) offerSearchDocuments(() => site.papers.map((p) => searchDocument(p, site)));
  return site;
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
