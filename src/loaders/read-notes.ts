/**
 * Where curators' notes live on disk, for the notes loader and the data
 * module (which skips asking Astro for an empty collection).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { notesDir } from '../lib/site-config.ts';

/** Whether the notes folder of a kind holds any note. */
export function hasNotes(kind: 'papers' | 'tags', root = notesDir()): boolean {
  const dir = path.join(root, kind);
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.mdx'));
}
