import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { daysLoader, papersLoader } from './loaders/digest-loader.ts';
import { notesDir } from './loaders/read-notes.ts';
import { daySchema, paperSchema } from './schemas/digest.ts';
import { paperNoteSchema, tagNoteSchema } from './schemas/notes.ts';

export const collections = {
  papers: defineCollection({ loader: papersLoader(), schema: paperSchema }),
  days: defineCollection({ loader: daysLoader(), schema: daySchema }),
  paperNotes: defineCollection({ loader: glob({ pattern: '*.mdx', base: path.join(notesDir(), 'papers') }), schema: paperNoteSchema }),
  tagNotes: defineCollection({ loader: glob({ pattern: '*.mdx', base: path.join(notesDir(), 'tags') }), schema: tagNoteSchema }),
};
