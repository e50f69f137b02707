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

/** A paper page: the paper, its tags' names, and the similar papers (title and date shown) and namesakes (title) it links. */
export function paperPageKey(paper: PaperView, site: Pick<SiteModel, 'bySlug' | 'tagBySlug'>): string {
  const similar = paper.similar.map((s) => site.bySlug.get(s)).map((p) => p && [p.slug, p.title, p.published]);
  const namesakes = paper.namesakes.map((s) => site.bySlug.get(s)?.title);
  return hashOf([paper, tagNames(paper, site), similar, namesakes]);
}

/** List item hashes by paper view: a paper is listed on several days and its hash is made once (views are complete before any page asks for a key). */
const listItemHashes = new WeakMap<PaperView, string>();

/** What a list shows of a paper, hashed. */
function listItemHash(paper: PaperView, site: Pick<SiteModel, 'tagBySlug'>): string {
  let hash = listItemHashes.get(paper);
  if (hash === undefined) {
    hash = hashOf([paper.slug, paper.title, paper.published, paper.authors, paper.organization, paper.upvotes, paper.abstractText, tagNames(paper, site), paper.tags.map((t) => t.slug)]);
    listItemHashes.set(paper, hash);
  }
  return hash;
}

/** A day page: the day, the papers it lists as lists show them, and its neighbours. */
export function dayPageKey(day: Day, neighbours: readonly (string | undefined)[], site: Pick<SiteModel, 'bySlug' | 'tagBySlug'>): string {
  const papers = day.entries.map((e) => site.bySlug.get(e.slug)).map((p) => p && listItemHash(p, site));
  return hashOf([day, neighbours, papers]);
}

/** Another address of a paper (a later spelling of its title): the papers it leads to. */
export function aliasPageKey(alias: string, slugs: readonly string[], site: Pick<SiteModel, 'bySlug'>): string {
  return hashOf([alias, slugs.map((s) => site.bySlug.get(s)).map((p) => p && [p.slug, p.title, p.published, p.authors, p.organization])]);
}
