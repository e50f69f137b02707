/**
 * Page keys for rebuilds (`page-reuse.ts`): a page is linked from the
 * previous build instead of rendered when its key is unchanged, so a key must
 * cover everything the page shows from the site model. Code and settings are
 * the fingerprint's part.
 */
import { createHash } from 'node:crypto';
import type { Day } from './corpus.ts';
import { tagName, type PaperView, type SiteModel } from './site-model.ts';

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

const tagNames = (paper: PaperView, site: Pick<SiteModel, 'tagBySlug'>) => paper.tags.map((t) => tagName(t.slug, site));

/** A paper page: the paper, its tags' names, and the similar papers it links (title and date shown). */
export function paperPageKey(paper: PaperView, site: Pick<SiteModel, 'bySlug' | 'tagBySlug'>): string {
  const similar = paper.similar.map((s) => site.bySlug.get(s)).map((p) => p && [p.slug, p.title, p.published]);
  return hashOf([paper, tagNames(paper, site), similar]);
}

/** A day page: the day, the papers it lists as lists show them, and its neighbours. */
export function dayPageKey(day: Day, neighbours: readonly (string | undefined)[], site: Pick<SiteModel, 'bySlug' | 'tagBySlug'>): string {
  const papers = day.entries.map((e) => site.bySlug.get(e.slug)).map((p) => p && [p.slug, p.title, p.published, p.authors, p.organization, p.upvotes, p.abstractText, tagNames(p, site), p.tags.map((t) => t.slug)]);
  return hashOf([day, neighbours, papers]);
}

/** An old paper address: the papers it leads to. */
export function aliasPageKey(alias: string, slugs: readonly string[], site: Pick<SiteModel, 'bySlug'>): string {
  return hashOf([alias, slugs.map((s) => site.bySlug.get(s)).map((p) => p && [p.slug, p.title, p.published, p.authors, p.organization])]);
}
