/**
 * What the search index holds for a paper: a minimal HTML document with its
 * title (weighted above the abstract), abstract, filters, metadata and sort
 * keys, built with hastscript and serialised with escaping. Indexing these
 * instead of the rendered pages keeps Pagefind's work proportional to what
 * search needs. The document is plain data (`searchDocument`) so the page
 * side can hand it to the indexer's worker thread, which makes the HTML.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { formatCount } from './counts.ts';
import { listRawOnlyWords } from './latex-repair.ts';
import { sortValue } from './search-sorts.ts';
import { formatAuthors, tagName, type PaperView, type SiteModel } from './site-model.ts';
import { compareNames, compareStrings } from './titles.ts';
import { UNTAGGED } from './untagged.ts';
import { paperPath } from './urls.ts';

/** The search filters, in the order the search form shows them. */
const SEARCH_FILTERS = ['tag', 'year', 'organization', 'day'] as const;
/** A search filter's key, as the search address names it (`?tag=…`). */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** A paper's values for each search filter. */
function searchFilterValues(paper: PaperView, site: Pick<SiteModel, 'tagBySlug'>): Record<SearchFilter, string[]> {
  return {
    tag: (paper.tags.length ? paper.tags.map((t) => t.slug) : [UNTAGGED]).map((slug) => tagName(slug, site)),
    year: paper.published ? [paper.published.slice(0, 4)] : [],
    organization: paper.organization ? [paper.organization.name] : [],
    day: paper.appearances.map((a) => a.date),
  };
}

/** One choice of a filter: its value and how many papers have it. */
export interface FilterChoice { value: string; count: number }

/**
 * Every value of every filter with its paper count, for the search form: the
 * choices are written into the page, so the browser never loads Pagefind's
 * filter indexes just to list them. Tags and organizations by name, years
 * and days newest first.
 */
export function searchFilterChoices(site: Pick<SiteModel, 'papers' | 'tagBySlug'>): Record<SearchFilter, FilterChoice[]> {
  const counts = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, new Map<string, number>()])) as Record<SearchFilter, Map<string, number>>;
  for (const paper of site.papers) {
    const values = searchFilterValues(paper, site);
    for (const f of SEARCH_FILTERS) for (const v of values[f]) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
  }
  const sorted = (f: SearchFilter, newestFirst: boolean) => [...counts[f]]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (newestFirst ? compareStrings(b.value, a.value) : compareNames(a.value, b.value)));
  return { tag: sorted('tag', false), year: sorted('year', true), organization: sorted('organization', false), day: sorted('day', true) };
}

/** A choice list of the search form: its filter, label, the choice meaning "any", and each option as shown. */
export interface SearchSelect {
  key: Exclude<SearchFilter, 'day'>;
  label: string;
  all: string;
  /** `value` as the address carries it, `text` with its count; a topic's option carries its page's slug, for the result pills. */
  options: { value: string; text: string; slug?: string }[];
}

/**
 * The search form's fields: the lists of topics, years and organizations (each only when some paper has one), and
 * the digest days, newest first, which the form offers as a date field: a list of every day would grow without end.
 */
export function searchFormFields(site: Pick<SiteModel, 'papers' | 'tagBySlug' | 'tags' | 'days'>): { selects: SearchSelect[]; days: string[] } {
  const choices = searchFilterChoices(site);
  const tagSlugs = new Map(site.tags.map((t) => [t.name, t.slug]));
  const selects = ([
    { key: 'tag', label: 'Topic', all: 'All topics' },
    { key: 'year', label: 'Year', all: 'All years' },
    { key: 'organization', label: 'Organization', all: 'All organizations' },
  ] as const).map(({ key, label, all }): SearchSelect => ({
    key, label, all,
    options: choices[key].map((c) => {
      const slug = key === 'tag' ? tagSlugs.get(c.value) : undefined;
      return { value: c.value, text: `${c.value} (${formatCount(c.count)})`, ...(slug ? { slug } : {}) };
    }),
  }));
  return { selects: selects.filter((s) => s.options.length > 0), days: site.days.map((d) => d.date) };
}

/**
 * What search knows of a paper, as plain data: made where the site model is
 * (page rendering) and sent to the indexer, which turns it into HTML.
 */
export interface SearchDocument {
  /** Root-relative URL of the paper page (`/papers/<slug>/`); the UI prefixes the site's base at run time. */
  url: string;
  /** First digest day the paper appeared on: shards are filled in this order, so new papers land in the last one. */
  firstSeen: string;
  title: string;
  /** Abstract as displayed (LaTeX repaired). */
  text: string;
  /** The digest's own spellings that repair changed, so "ell_2" and "ℓ₂" both find the paper. */
  rawOnly: string;
  /** The credited organization's name and handle, so a query for it finds its papers ('' when none). */
  organization: string;
  /** Filter, metadata and sort values, in document order. */
  data: (readonly [kind: 'filter' | 'meta' | 'sort', key: string, value: string])[];
}

/**
 * The filter naming the search shard a result came from (`1`, `2`…): the page
 * gives each shard's pages this filter in the browser (Pagefind's `mergeFilter`;
 * nothing is stored in the index), and searching one shard at a time is how it
 * gets each shard's sorted list to merge.
 */
export const SHARD_FILTER = 'shard';

/** The search document of a paper. */
export function searchDocument(paper: PaperView, site: Pick<SiteModel, 'tagBySlug'>): SearchDocument {
  const filters = searchFilterValues(paper, site);
  return {
    url: `/${paperPath(paper.slug)}`,
    firstSeen: paper.appearances[0]?.date ?? '',
    title: paper.title,
    // The end mark is the search page's to place: an abstract that happens to contain it would cut its excerpts short.
    text: paper.abstractText.replaceAll(EXCERPT_END, ' '),
    rawOnly: listRawOnlyWords(`${paper.rawTitle} ${paper.abstract}`, `${paper.title} ${paper.abstractText}`),
    organization: paper.organization ? [...new Set([paper.organization.name, paper.organization.handle])].join(' ') : '',
    data: [
      ...SEARCH_FILTERS.flatMap((f) => filters[f].map((value) => ['filter', f, value] as const)),
      ...(paper.published ? [['meta', 'published', paper.published]] as const : []),
      // Author count and organization, as the day lists' meta line shows them.
      ...(paper.authors !== null ? [['meta', 'authors', formatAuthors(paper.authors)]] as const : []),
      ...(paper.organization ? [['meta', 'organization', paper.organization.name]] as const : []),
      // Pagefind drops a page without the sort key from sorted results, and a key sorts one way: a paper
      // without a date (a truncated record) has both keys, each putting it last in its own direction.
      ['sort', 'newest', sortValue('newest', paper.published || undefined)],
      ['sort', 'oldest', sortValue('oldest', paper.published || undefined)],
      ...(paper.upvotes !== null ? [['meta', 'upvotes', String(paper.upvotes)]] as const : []),
      ['meta', 'days', paper.appearances.map((a) => a.date).join(', ')],
      ['sort', 'upvotes', sortValue('upvotes', paper.upvotes === null ? undefined : String(paper.upvotes))],
    ],
  };
}

/**
 * Where the excerptable text of a search document ends. Pagefind draws a
 * result's excerpt from everything it indexed; the search page cuts the
 * excerpt here, so a reader sees the abstract only, never the title again
 * (the result's link) nor the digest's raw spellings (indexed to be found).
 */
export const EXCERPT_END = '⁂';

/**
 * The HTML Pagefind indexes for a search document: the abstract, then
 * {@link EXCERPT_END}, then the title (weighted above the abstract), the raw
 * spellings and the organization; escaped, never parsed from digest text.
 */
export function searchHtml(doc: SearchDocument): string {
  const tree = h('html', { lang: 'en' }, [
    h('body', [
      h('article', { dataPagefindBody: '' }, [
        h('p', doc.text),
        h('p', EXCERPT_END),
        h('h1', { dataPagefindMeta: 'title', dataPagefindWeight: '10' }, doc.title),
        ...(doc.rawOnly ? [h('p', { dataPagefindWeight: '0.5' }, doc.rawOnly)] : []),
        ...(doc.organization ? [h('p', doc.organization)] : []),
        ...doc.data.map(([kind, key, value]) => h('span', { [`dataPagefind${kind[0]?.toUpperCase()}${kind.slice(1)}`]: `${key}:${value}` })),
      ]),
    ]),
  ]);
  return toHtml(tree);
}
