/**
 * Loader for curators' notes: Astro's glob loader over `<notes>/<kind>/*.mdx`,
 * or an empty collection when the folder does not exist (most corpora have no
 * notes; the glob loader would warn on every build). A notes folder created
 * while `npm run dev` runs is picked up at the next start.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { notesDir } from './read-notes.ts';

/** The loader for paper or tag notes. */
export function notesLoader(kind: 'papers' | 'tags'): Loader {
  const base = path.join(notesDir(), kind);
  if (existsSync(base)) return glob({ pattern: '*.mdx', base });
  return { name: `broadsheet-no-${kind}-notes`, load: async ({ store }) => store.clear() };
}
