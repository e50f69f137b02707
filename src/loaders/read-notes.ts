/**
 * Reads curators' notes' frontmatter from disk (for Node-side steps such as
 * the search indexer; pages get the same files through content collections).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PaperNote, TagNote } from '../lib/notes.ts';
import { paperNoteSchema, tagNoteSchema } from '../schemas/notes.ts';

/**
 * The notes folder: `NOTES_DIR`; else `src/notes` for the project's own seeds;
 * else, with another `SEEDS_DIR`, its `notes/` subfolder: notes annotate the
 * digests they sit with, so another corpus never inherits this one's notes.
 */
export function notesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NOTES_DIR) return path.resolve(env.NOTES_DIR);
  if (env.SEEDS_DIR && path.resolve(env.SEEDS_DIR) !== path.resolve('seeds')) return path.resolve(env.SEEDS_DIR, 'notes');
  return path.resolve('src', 'notes');
}

/** Whether the notes folder of a kind holds any note. */
export function hasNotes(kind: 'papers' | 'tags', root = notesDir()): boolean {
  const dir = path.join(root, kind);
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.mdx'));
}

function readMdx(dir: string): { slug: string; file: string; data: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => {
    const file = path.relative(process.cwd(), path.join(dir, f));
    return { slug: f.replace(/\.mdx$/, ''), file, data: parseFrontmatter(readFileSync(path.join(dir, f), 'utf8')).frontmatter };
  });
}

/** Paper notes, validated; throws naming the file on invalid frontmatter. */
export function readPaperNotes(root = notesDir()): PaperNote[] {
  return readMdx(path.join(root, 'papers')).map(({ slug, file, data }) => {
    const parsed = paperNoteSchema.safeParse(data ?? {});
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { slug, file, ...parsed.data };
  });
}

/** Tag notes, validated. */
export function readTagNotes(root = notesDir()): TagNote[] {
  return readMdx(path.join(root, 'tags')).map(({ slug, file, data }) => {
    const parsed = tagNoteSchema.safeParse(data ?? {});
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { slug, file, ...parsed.data };
  });
}
