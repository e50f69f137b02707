/**
 * Types the browser scripts share: what each classic script puts on `window`
 * for the others, and what it reads from the build (the offline payload, the
 * search page's options) or from Pagefind. Types only: the scripts import
 * them with `import type`, which leaves nothing in the shipped code, so each
 * script stays a classic script that also runs from file://.
 */
import type MiniSearch from 'minisearch';
import type { OfflinePayload } from '../lib/offline-index.ts';
import type { SORT_VALUES } from '../lib/search-record.ts';

/** How each sort key's value is read from a result's metadata: the build's SORT_VALUES, as the page passes it. */
export type SortValues = typeof SORT_VALUES;

/** A topic pill of a result: its page's address when it has one. */
export interface ResultTag {
  name: string;
  slug: string | undefined;
  href: string | null;
}

/** One search result as both searches list it (`appendResult`). */
export interface ResultItem {
  href: string;
  title: string;
  /** Publication date (ISO), when the digest has one. */
  published: string | null | undefined;
  /** Author count and organization, as text. */
  credit: string[];
  /** Upvotes, or null when the digest lacks them. */
  upvotes: number | null;
  /** Digest days the paper was listed on (ISO). */
  days: string[];
  tags: ResultTag[];
  /** The excerpt or teaser shown under the meta line. */
  excerpt: Node | null;
}

/** What the status line of a search needs besides the count and query (`describe`). */
export interface DescribeOptions {
  /** The day chosen (ISO), or ''. */
  day: string;
  /** The digest days, ISO, newest first. */
  days: string[];
  /** Whether any filter is chosen. */
  filtered: boolean;
  /** No paper has every word: these have some. */
  anyWord: boolean;
  /** The sort and filter panel: the filters chosen in it are named after the count. */
  options: HTMLElement | null;
}

/** How a search is kept in the address: typing, its own entry, or already there. */
export type HistoryMode = 'type' | 'push' | 'keep';

/** A search's place in the browser history (`searchHistory`). */
export interface SearchPlace {
  keep(url: URL, how: HistoryMode): void;
  settle(): void;
}

/** `window.BroadsheetDom`: the DOM helpers both searches share (search-dom.ts). */
export interface BroadsheetDom {
  el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string | null | undefined>, children?: (Node | string)[]): HTMLElementTagNameMap[K];
  formatCount(n: number): string;
  formatDate(iso: string): string;
  appendResult(list: HTMLElement, r: ResultItem): void;
  foldOptions(options: HTMLDetailsElement, inUse: () => boolean): () => void;
  quoted(q: string): string;
  describe(n: number, q: string, o: DescribeOptions): string;
  searchHistory(input: HTMLInputElement): SearchPlace;
}

/** What the search page passes to the online search (search.astro). */
export interface PagefindSearchOptions {
  /** Site paths of the extra index bundles (`pagefind-2/`…), merged into the first. */
  shards: string[];
  /** The filter naming each document's shard (`1` the first). */
  shardFilter: string;
  /** How many papers the site has. */
  total: number;
  /** The word ending the excerptable text of every indexed document. */
  excerptEnd: string;
  sortValues: SortValues;
  /** The digest days (ISO), newest first. */
  digestDays: string[];
}

/** The part of a Pagefind result's data the page reads. */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Word positions in `content` that matched. */
  locations: number[];
}

/** One Pagefind result, its data loaded on request. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** Filters as Pagefind takes them: each key's accepted values. */
export type PagefindFilters = Record<string, string[]>;

/** The part of Pagefind's browser module (`pagefind/pagefind.js`) the page uses. */
export interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: { filters?: PagefindFilters; sort?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** What the offline search returns to its page: teasers arrive after the index. */
export interface OfflineSearch {
  addTeasers(rows: string[] | undefined): void;
}

declare global {
  interface Window {
    BroadsheetDom: BroadsheetDom;
    /** The offline index (offline/index.js). */
    BroadsheetOffline: OfflinePayload;
    /** Each offline row's teaser (offline/teasers.js), when loaded. */
    BroadsheetOfflineTeasers?: string[];
    /** MiniSearch's UMD build (offline/minisearch.js). */
    MiniSearch: typeof MiniSearch;
    /** The Porter2 stemmer bundled beside it, for query words. */
    BroadsheetStem: (word: string) => string;
    broadsheetOfflineSearch: (container: HTMLElement, page: Element, sortValues: SortValues) => OfflineSearch;
    broadsheetPagefindSearch: (o: PagefindSearchOptions) => void;
    /** The search page's start: online search, or the offline one from disk. */
    broadsheetSearchPage: (o: PagefindSearchOptions) => void;
  }
}
