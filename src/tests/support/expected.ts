/**
 * What the site should contain, computed from the same inputs by the pure
 * library (not from the built pages), for tests to compare the build against.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../../lib/corpus.ts';
import { buildSiteModel } from '../../lib/site-model.ts';
import { parseTaxonomy } from '../../lib/taxonomy.ts';
import { seedsDir } from '../../lib/site-config.ts';
import { readDigestDir } from '../../loaders/read-digests.ts';

/** The site model for the current seeds folder. */
export function expectedSite() {
  const corpus = buildCorpus(readDigestDir(seedsDir()));
  const taxonomy = parseTaxonomy(readFileSync(path.resolve('src/taxonomy/taxonomy.yaml'), 'utf8'));
  return { corpus, site: buildSiteModel(corpus.papers, corpus.days, taxonomy) };
}
