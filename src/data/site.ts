/**
 * The one module pages get their data from: the collections plus the
 * taxonomy, turned into the site model once per build.
 */
import { getCollection } from 'astro:content';
import taxonomyText from '../taxonomy/taxonomy.yaml?raw';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { siteBase, siteUrl } from '../lib/site-config.ts';
import { parseTaxonomy } from '../lib/taxonomy.ts';

/** Base path of the site (`/` or `/sub/`). */
export const BASE = siteBase();
/** Canonical origin. */
export const SITE_URL = siteUrl();

let model: Promise<SiteModel> | null = null;

async function loadSite(): Promise<SiteModel> {
  const [papers, days] = await Promise.all([getCollection('papers'), getCollection('days')]);
  return buildSiteModel(
    papers.map((p) => p.data),
    days.map((d) => d.data),
    parseTaxonomy(taxonomyText, 'src/taxonomy/taxonomy.yaml'),
  );
}

/**
 * The site model. A build computes it once for all pages; dev recomputes it
 * per request so an edited digest shows without a restart.
 */
export function getSite(): Promise<SiteModel> {
  if (import.meta.env.DEV || !model) model = loadSite();
  return model;
}
