import { defineCollection } from 'astro:content';
import { daysLoader, papersLoader } from './loaders/digest-loader.ts';
import { notesLoader } from './loaders/notes-loader.ts';
import { daySchema, paperSchema } from './schemas/digest.ts';
import { paperNoteSchema, tagNoteSchema } from './schemas/notes.ts';

export const collections = {
  papers: defineCollection({ loader: papersLoader(), schema: paperSchema }),
  days: defineCollection({ loader: daysLoader(), schema: daySchema }),
  paperNotes: defineCollection({ loader: notesLoader('papers'), schema: paperNoteSchema }),
  tagNotes: defineCollection({ loader: notesLoader('tags'), schema: tagNoteSchema }),
};
