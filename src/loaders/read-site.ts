/**
 * The site model read straight from disk, for Node-side build steps that run
 * outside Astro's page rendering (the search indexer). Same inputs and the same
 * pure functions as the pages, so both always agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../lib/corpus.ts';
import { buildSiteModel, type SiteModel, type SiteModelOptions } from '../lib/site-model.ts';
import { parseTaxonomy } from '../lib/taxonomy.ts';
import { isLenient, readDigestDir, seedsDir } from './read-digests.ts';
import { readPaperNotes, readTagNotes } from './read-notes.ts';

/** Path of the taxonomy file under a project root. */
export const TAXONOMY_FILE = path.join('src', 'taxonomy', 'taxonomy.yaml');

/** Reads seeds and taxonomy and builds the site model. */
export function readSiteModel(root: string, options: SiteModelOptions = {}): SiteModel {
  const corpus = buildCorpus(readDigestDir(seedsDir()), { lenient: isLenient() });
  const taxonomy = parseTaxonomy(readFileSync(path.join(root, TAXONOMY_FILE), 'utf8'), TAXONOMY_FILE);
  return buildSiteModel(corpus.papers, corpus.days, taxonomy, { paperNotes: readPaperNotes(), tagNotes: readTagNotes(), ...options });
}
