/**
 * What the search index holds for a paper: a minimal HTML document with its
 * title (weighted above the abstract), abstract, filters, metadata and sort
 * keys, built with hastscript and serialised with escaping. Indexing these
 * instead of the rendered pages keeps Pagefind's work proportional to what
 * search needs, and lets indexing start before the pages are rendered.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { rawOnlyWords } from './latex-repair.ts';
import type { PaperView, SiteModel } from './site-model.ts';
import { paperPath } from './urls.ts';

/** One document for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
  /** Root-relative URL of the paper page (`/papers/<slug>/`); the UI prefixes the site's base at run time. */
  url: string;
  html: string;
}

/** The search document of a paper. */
export function searchRecord(paper: PaperView, site: Pick<SiteModel, 'tagBySlug'>): SearchRecord {
  const tagNames = paper.tags.length ? paper.tags.map((t) => site.tagBySlug.get(t.slug)?.name ?? t.slug) : ['Untagged'];
  const data: (readonly [kind: 'filter' | 'meta' | 'sort', key: string, value: string])[] = [
    ...tagNames.map((name) => ['filter', 'tag', name] as const),
    ...paper.appearances.map((a) => ['filter', 'day', a.date] as const),
    ...(paper.published ? [['filter', 'year', paper.published.slice(0, 4)], ['meta', 'published', paper.published], ['sort', 'published', paper.published]] as const : []),
    ...(paper.organization ? [['filter', 'organization', paper.organization.name]] as const : []),
    ...(paper.upvotes !== null ? [['meta', 'upvotes', String(paper.upvotes)]] as const : []),
    ['meta', 'days', paper.appearances.map((a) => a.date).join(', ')],
    ['sort', 'upvotes', String(paper.upvotes ?? 0).padStart(7, '0')],
  ];
  const rawOnly = rawOnlyWords(`${paper.rawTitle} ${paper.abstract}`, `${paper.title} ${paper.abstractText}`);
  const tree = h('html', { lang: 'en' }, [
    h('body', [
      h('article', { dataPagefindBody: '' }, [
        h('h1', { dataPagefindMeta: 'title', dataPagefindWeight: '10' }, paper.title),
        h('p', paper.abstractText),
        // The digest's own spellings too, where repair changed them, so "ell_2" and "ℓ₂" both find the paper.
        ...(rawOnly ? [h('p', { dataPagefindWeight: '0.5' }, rawOnly)] : []),
        ...data.map(([kind, key, value]) => h('span', { [`dataPagefind${kind[0]?.toUpperCase()}${kind.slice(1)}`]: `${key}:${value}` })),
      ]),
    ]),
  ]);
  return { url: `/${paperPath(paper.slug)}`, html: toHtml(tree) };
}
