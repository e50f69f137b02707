/**
 * Zod schemas of the content collections. They validate what the digest
 * loader stores, so a page can trust every field it reads.
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A paper's appearance on one digest day. */
const appearanceSchema = z.object({
  /** Digest day, `YYYY-MM-DD`. */
  date: isoDate,
  /** 1-based position in that day's listing. */
  position: z.number().int().positive(),
  /** Upvotes at that capture (0 when the listing showed none); null when the record was truncated before its metadata. */
  upvotes: z.number().int().nonnegative().nullable(),
});

/** One distinct paper; the entry id is its URL slug. */
export const paperSchema = z.object({
  /** URL slug, stable for the same title (`/papers/<slug>/`). */
  slug: z.string().min(1),
  /** Normalized-title identity key (NFKC, case and punctuation folded). */
  key: z.string().min(1),
  /** Title from the latest appearance, as written in the digest. */
  title: z.string().min(1),
  /** Abstract from the latest appearance, raw digest text. */
  abstract: z.string(),
  /** Author count, or null when unknown (organization-credited or truncated record). */
  authors: z.number().int().positive().nullable(),
  /** Crediting organization, when the listing shows one instead of authors. */
  organization: z.object({
    /** Hugging Face handle, e.g. `tencent`. */
    handle: z.string(),
    /** Display name, e.g. `Tencent`. */
    name: z.string(),
  }).nullable(),
  /** Publication date, or null when no capture carried one. */
  published: isoDate.nullable(),
  /** Upvotes at the latest capture that showed them; null when none did. */
  upvotes: z.number().int().nonnegative().nullable(),
  /** Every appearance, oldest day first. */
  appearances: z.array(appearanceSchema).min(1),
  /** arXiv identifier (`2504.13161`), when Hugging Face JSON gives it. */
  arxivId: z.string().nullable(),
  /** Author names, when Hugging Face JSON gives them; never invented. */
  authorNames: z.array(z.string().min(1)).nullable(),
  /** Other addresses of this paper (slugs of other spellings of its title), kept working. */
  aliases: z.array(z.string().min(1)),
  /** Slugs of other papers whose titles give the same base slug: the page names them, in case a reader meant one. */
  namesakes: z.array(z.string().min(1)),
});

/** One digest day; the entry id is its date. */
export const daySchema = z.object({
  /** Digest day, `YYYY-MM-DD`. */
  date: isoDate,
  /** Source file, relative to the project. */
  file: z.string(),
  /** Records in their original order. */
  entries: z.array(z.object({
    /** 1-based position in the listing. */
    position: z.number().int().positive(),
    /** Slug of the paper this record is. */
    slug: z.string().min(1),
    /** Upvotes at this capture; null when the record was truncated. */
    upvotes: z.number().int().nonnegative().nullable(),
  })),
});
