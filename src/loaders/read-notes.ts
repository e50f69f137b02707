/**
 * Where curators' notes live on disk, for the notes loader and the data
 * module (which skips asking Astro for an empty collection).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

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
