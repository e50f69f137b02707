/**
 * Loader for curators' notes: Astro's glob loader over `<notes>/<kind>/*.mdx`,
 * or an empty collection when the folder holds no note (most corpora have no
 * notes; the glob loader would warn on every build). A notes folder created
 * while `npm run dev` runs is picked up at the next start.
 */
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { notesDir } from '../lib/site-config.ts';
import { hasNotes } from './read-notes.ts';

/** The loader for paper or tag notes. */
export function notesLoader(kind: 'papers' | 'tags'): Loader {
  if (hasNotes(kind)) return glob({ pattern: '*.mdx', base: path.join(notesDir(), kind) });
  return { name: `broadsheet-no-${kind}-notes`, load: async ({ store }) => store.clear() };
}
