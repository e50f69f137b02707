/**
 * What the site should contain, computed from the same inputs by the pure
 * library (not from the built pages), for tests to compare the build against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCorpus } from '../../lib/corpus.ts';
import { buildSiteModel } from '../../lib/site-model.ts';
import { notesDir, seedsDir } from '../../lib/site-config.ts';
import { parseTaxonomy } from '../../lib/taxonomy.ts';
import { readDigestDir } from '../../loaders/read-digests.ts';
import { paperNoteSchema, tagNoteSchema } from '../../schemas/notes.ts';

/** The curators' notes of a kind, frontmatter only, validated by the schema the content collection uses. */
function readNotes<T>(kind: 'papers' | 'tags', schema: { parse(data: unknown): T }): (T & { slug: string; file: string })[] {
  const dir = path.join(notesDir(), kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => {
    const file = path.join(dir, f);
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    return { slug: f.replace(/\.mdx$/, ''), file, ...schema.parse(parseYaml(frontmatter) ?? {}) };
  });
}

/** The site model for the current seeds folder and its notes, as the build makes it. */
export function expectedSite() {
  const corpus = buildCorpus(readDigestDir(seedsDir()));
  const taxonomy = parseTaxonomy(readFileSync(path.resolve('src/taxonomy/taxonomy.yaml'), 'utf8'));
  const site = buildSiteModel(corpus.papers, corpus.days, taxonomy, { paperNotes: readNotes('papers', paperNoteSchema), tagNotes: readNotes('tags', tagNoteSchema) });
  return { corpus, site };
}
