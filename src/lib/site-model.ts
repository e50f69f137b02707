/**
 * Everything the pages show, derived once from the corpus and the taxonomy:
 * papers with their tags, days, tag pages with their lists. Pure, so pages
 * stay thin and the derivations are tested without a build.
 */
import { countOf } from './counts.ts';
import type { Day, Paper } from './corpus.ts';
import { pushTo } from './map-lists.ts';
import { repairLatexText } from './latex-repair.ts';
import { checkNotes, type PaperNote, type TagNote } from './notes.ts';
import { computeSimilar, type SimilarityDoc } from './similarity.ts';
import { compileTaxonomy, tagPaper, type TagMatch } from './tagger.ts';
import type { TagDefinition } from './taxonomy.ts';
import { compareStrings } from './titles.ts';
import { UNTAGGED } from './untagged.ts';

/** A paper with what the site adds to it. `title` is shown repaired (`ℓ₂`, `8×H100`); the digest's text stays in `rawTitle` and `abstract`. */
export interface PaperView extends Paper {
  /** Title exactly as the digest wrote it. */
  rawTitle: string;
  /** Abstract as plain text with LaTeX remnants repaired (teasers, descriptions, feeds). */
  abstractText: string;
  /** Tags with evidence, best first. */
  tags: TagMatch[];
  /** Latest digest day it appeared on. */
  lastSeen: string;
  /** Slugs of the most similar papers, most similar first. */
  similar: string[];
  /** Links a curator added. */
  links: { code?: string; project?: string };
  /** Whether a curator's note exists (its body is shown on the page). */
  hasNote: boolean;
}

/** A tag page. */
export interface TagView {
  slug: string;
  name: string;
  /** One paragraph of plain text (web addresses become links). */
  description: string;
  parent: string | null;
  /** Whether a curator's note replaces the description. */
  hasNote: boolean;
  /** Paper slugs: upvotes, then publication date, newest first. */
  papers: string[];
  /** Tags sharing papers with this one, most shared first. */
  related: { slug: string; count: number }[];
  /** Papers per digest day, newest day first. */
  perDay: { date: string; count: number }[];
  /** Papers per month (`YYYY-MM`) of their first digest day, newest first (they add up to `papers`): a year of days is a dozen rows. */
  perMonth: { month: string; count: number }[];
}

/** The whole site. */
export interface SiteModel {
  /** Latest appearance first, then upvotes. */
  papers: PaperView[];
  bySlug: Map<string, PaperView>;
  /** Newest first. */
  days: Day[];
  byDate: Map<string, Day>;
  /** Taxonomy tags with at least one paper, most papers first; then the untagged page when it has papers. */
  tags: TagView[];
  tagBySlug: Map<string, TagView>;
  /** Other paper addresses (later spellings of titles) → the papers they may mean (see `Paper.aliases`). */
  aliases: Map<string, string[]>;
}

const byUpvotesThenDate = (a: PaperView, b: PaperView) =>
  (b.upvotes ?? -1) - (a.upvotes ?? -1) || compareStrings(b.published ?? '', a.published ?? '') || compareStrings(a.title, b.title);

/** What to compute beyond tags. */
export interface SiteModelOptions {
  /** Similar papers, the costliest step (default true); the build computes them in a worker and fills them in (`src/data/site.ts`). */
  similar?: boolean;
  /** Curators' notes on papers (corrections, ids, authors, links, tags). */
  paperNotes?: readonly PaperNote[];
  /** Curators' notes on tags. */
  tagNotes?: readonly TagNote[];
}

/** Old address → papers it may mean (one: a redirect page; several: a page to choose). */
function aliasMap(papers: readonly PaperView[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of [...papers].sort((a, b) => compareStrings(a.slug, b.slug))) {
    for (const alias of p.aliases) pushTo(map, alias, p.slug);
  }
  return new Map([...map].sort(([a], [b]) => compareStrings(a, b)));
}

/** "7 authors", "1 author": the credit a meta line shows for an author count. */
export function formatAuthors(count: number): string {
  return countOf(count, 'author');
}

/** A paper's credit as meta lines show it, in their order: the author count, then the organization (either may be missing). */
export function creditParts(paper: Pick<PaperView, 'authors' | 'organization'>): string[] {
  return [paper.authors !== null ? formatAuthors(paper.authors) : null, paper.organization?.name ?? null].filter((part): part is string => part !== null);
}

/** A tag's display name (its slug if the model does not know it). */
export function tagName(slug: string, site: Pick<SiteModel, 'tagBySlug'>): string {
  return site.tagBySlug.get(slug)?.name ?? slug;
}

/** The topics proper, in the site's order: every tag but the list of papers no topic fits (`UNTAGGED`). */
export function listTopics(site: Pick<SiteModel, 'tags'>): TagView[] {
  return site.tags.filter((t) => t.slug !== UNTAGGED);
}

/**
 * The papers of a list of slugs (a topic's, similar papers, namesakes, an alias's), in order. The model made every
 * such list from its own papers, so a slug it does not hold is a bug to report, not a paper to leave out quietly.
 */
export function listPapers(slugs: readonly string[], site: Pick<SiteModel, 'bySlug'>): PaperView[] {
  return slugs.map((slug) => {
    const paper = site.bySlug.get(slug);
    if (!paper) throw new Error(`the site model holds no paper ${slug}, which one of its lists names`);
    return paper;
  });
}

/** A paper listed on a day, as day lists show it: with its position and upvotes on that day. */
export interface DayItem {
  paper: PaperView;
  position: number;
  upvotes: number | null;
}

/** A day's papers in listing order; every entry's paper must be in the model (the corpus made both). */
export function listDayItems(day: Pick<Day, 'date' | 'entries'>, site: Pick<SiteModel, 'bySlug'>): DayItem[] {
  return day.entries.map((e) => {
    const paper = site.bySlug.get(e.slug);
    if (!paper) throw new Error(`the digest of ${day.date} lists ${e.slug}, which the site model does not hold`);
    return { paper, position: e.position, upvotes: e.upvotes };
  });
}

/** What similar papers are computed from. */
export function toSimilarityDocs(papers: readonly Paper[]): SimilarityDoc[] {
  return papers.map((p) => ({ id: p.slug, since: p.appearances[0]?.date ?? '', title: p.title, abstract: p.abstract }));
}

/** Builds the site model. Tags are computed here, at build time, for every paper. */
export function buildSiteModel(papers: readonly Paper[], days: readonly Day[], taxonomy: readonly TagDefinition[], options: SiteModelOptions = {}): SiteModel {
  const compiled = compileTaxonomy(taxonomy);
  const similar = options.similar === false ? new Map<string, string[]>() : computeSimilar(toSimilarityDocs(papers));
  const views: PaperView[] = papers.map((p) => ({
    ...p,
    title: repairLatexText(p.title),
    rawTitle: p.title,
    abstractText: repairLatexText(p.abstract),
    tags: tagPaper(p, compiled),
    lastSeen: p.appearances.at(-1)?.date ?? '',
    similar: similar.get(p.slug) ?? [],
    links: {},
    hasNote: false,
  }));
  const paperNotes = options.paperNotes ?? [];
  const tagNotes = new Map((options.tagNotes ?? []).map((n) => [n.slug, n]));
  checkNotes(new Set(papers.map((p) => p.slug)), new Set(taxonomy.map((t) => t.slug)), paperNotes, [...tagNotes.values()]);
  const viewBySlug = new Map(views.map((v) => [v.slug, v]));
  for (const note of paperNotes) {
    const v = viewBySlug.get(note.slug);
    if (!v) continue;
    if (note.title) v.title = repairLatexText(note.title);
    if (note.arxiv) v.arxivId = note.arxiv;
    if (note.authors) { v.authorNames = note.authors; v.authors = note.authors.length; }
    v.links = { ...(note.code ? { code: note.code } : {}), ...(note.project ? { project: note.project } : {}) };
    v.hasNote = true;
    v.tags = [
      ...v.tags.filter((t) => !note.removeTags.includes(t.slug)),
      ...note.addTags.filter((s) => !v.tags.some((t) => t.slug === s)).map((s) => ({ slug: s, score: 0, evidence: [{ term: 'curator\'s note', field: 'note' as const, count: 1 }] })),
    ];
  }
  views.sort((a, b) => compareStrings(b.lastSeen, a.lastSeen) || (b.upvotes ?? -1) - (a.upvotes ?? -1) || compareStrings(a.title, b.title));
  const bySlug = new Map(views.map((p) => [p.slug, p]));

  const members = new Map<string, PaperView[]>();
  for (const p of views) {
    const slugs = p.tags.length > 0 ? p.tags.map((t) => t.slug) : [UNTAGGED];
    for (const s of slugs) pushTo(members, s, p);
  }
  const defs: Pick<TagView, 'slug' | 'name' | 'description' | 'parent' | 'hasNote'>[] = [
    ...taxonomy.map((t) => ({ slug: t.slug, name: tagNotes.get(t.slug)?.name ?? t.name, description: t.description, parent: t.parent ?? null, hasNote: tagNotes.has(t.slug) })),
    { slug: UNTAGGED, name: 'Untagged', description: 'Papers that fit no topic of the taxonomy yet. They are listed here rather than hidden; a curator can extend the taxonomy to cover them.', parent: null, hasNote: false },
  ];
  const tags: TagView[] = [];
  for (const def of defs) {
    const list = [...(members.get(def.slug) ?? [])].sort(byUpvotesThenDate);
    if (list.length === 0) continue;
    const related = new Map<string, number>();
    for (const p of list) for (const t of p.tags) if (t.slug !== def.slug) related.set(t.slug, (related.get(t.slug) ?? 0) + 1);
    const perDay = new Map<string, number>();
    const perMonth = new Map<string, number>();
    for (const p of list) {
      for (const a of p.appearances) perDay.set(a.date, (perDay.get(a.date) ?? 0) + 1);
      // Counted once, in the month it was first listed: the months add up to the topic's paper count.
      const first = p.appearances[0]?.date; // appearances are oldest first
      if (first) perMonth.set(first.slice(0, 7), (perMonth.get(first.slice(0, 7)) ?? 0) + 1);
    }
    tags.push({
      ...def,
      papers: list.map((p) => p.slug),
      related: [...related].map(([slug, count]) => ({ slug, count })).sort((a, b) => b.count - a.count || compareStrings(a.slug, b.slug)),
      perDay: [...perDay].map(([date, count]) => ({ date, count })).sort((a, b) => compareStrings(b.date, a.date)),
      perMonth: [...perMonth].map(([month, count]) => ({ month, count })).sort((a, b) => compareStrings(b.month, a.month)),
    });
  }
  tags.sort((a, b) => Number(a.slug === UNTAGGED) - Number(b.slug === UNTAGGED) || b.papers.length - a.papers.length || compareStrings(a.name, b.name));
  const sortedDays = [...days].sort((a, b) => compareStrings(b.date, a.date));
  return {
    papers: views,
    bySlug,
    days: sortedDays,
    byDate: new Map(sortedDays.map((d) => [d.date, d])),
    tags,
    tagBySlug: new Map(tags.map((t) => [t.slug, t])),
    aliases: aliasMap(views),
  };
}
