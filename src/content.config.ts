import { defineCollection } from 'astro:content';
import { daysLoader, papersLoader } from './loaders/digest-loader.ts';
import { daySchema, paperSchema } from './schemas/digest.ts';

export const collections = {
  papers: defineCollection({ loader: papersLoader(), schema: paperSchema }),
  days: defineCollection({ loader: daysLoader(), schema: daySchema }),
};
