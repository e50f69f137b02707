/**
 * Zod schemas of curators' notes: MDX files keyed by slug whose frontmatter
 * adds or corrects what the digests say, and whose body is shown on the page.
 */
import { z } from 'astro/zod';
import { ARXIV_ID } from '../lib/arxiv.ts';
import { SLUG_PATTERN } from '../lib/titles.ts';

const slug = z.string().regex(SLUG_PATTERN, 'expected a tag slug such as `bilevel-optimization`');

/** Frontmatter of `src/notes/papers/<paper-slug>.mdx`. */
export const paperNoteSchema = z.object({
  /** Corrected title (the URL keeps the digest's title, so links never break). */
  title: z.string().min(1).optional(),
  /** arXiv identifier, e.g. `2504.13161`: enables direct links and arXiv-style citations. */
  arxiv: z.string().regex(ARXIV_ID, 'expected an arXiv id such as `2504.13161`').optional(),
  /** Author names in order; emitted as `citation_author`. */
  authors: z.array(z.string().min(1)).min(1).optional(),
  /** Code repository URL (http or https only). */
  code: z.url({ protocol: /^https?$/ }).optional(),
  /** Project page URL (http or https only). */
  project: z.url({ protocol: /^https?$/ }).optional(),
  /** Tags to add, by slug. */
  addTags: z.array(slug).default([]),
  /** Tags to remove, by slug. */
  removeTags: z.array(slug).default([]),
}).strict();

/** Frontmatter of `src/notes/tags/<tag-slug>.mdx` (its body replaces the tag's description). */
export const tagNoteSchema = z.object({
  /** Display name override. */
  name: z.string().min(1).optional(),
}).strict();
