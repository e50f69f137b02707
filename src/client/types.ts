/**
 * Types the browser scripts share: what the page and the scripts put on
 * `window` for one another (each shipped script is a bundle of its own), what
 * they read from the build (the offline payload, the search page's options)
 * and the part of Pagefind's API they use.
 */
import type { OfflinePayload } from '../lib/offline-index.ts';

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
    /** The offline index (offline/index.js). */
    BroadsheetOffline: OfflinePayload;
    /** Each offline row's teaser (offline/teasers.js), when loaded. */
    BroadsheetOfflineTeasers?: string[];
    /** The offline search (offline/search.js), which the search page loads from disk. */
    broadsheetOfflineSearch: (container: HTMLElement, page: Element) => OfflineSearch;
    /** The search page's start (search-page.ts), called with the page's options: online search, or the offline one from disk. */
    broadsheetSearchPage: (o: PagefindSearchOptions) => void;
  }
}
