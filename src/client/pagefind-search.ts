/**
 * Online search: the search page's own form and result list on top of
 * Pagefind's JavaScript API (no Pagefind UI bundle). Filter indexes load only
 * when a filter is used, and the filter choices are written into the page at
 * build time, so a first query fetches the WASM, the index metadata and the
 * index chunks for its words, nothing else. Bundled into the search page's
 * classic script (search-page.ts; it imports pagefind.js with a dynamic
 * import); results are built from DOM text nodes.
 */
import { formatCount } from '../lib/counts.ts';
import { SORT_VALUES, sortValue, type SortKey } from '../lib/search-sorts.ts';
import { appendResult, describe, el, foldOptions, searchHistory } from './search-dom.ts';
import type { HistoryMode, PagefindData, PagefindFilters, PagefindModule, PagefindResult, PagefindSearchOptions } from './types.ts';

const PAGE_SIZE = 10;
const EXCERPT_WORDS = 30;

// Results checked for the words searched before any are shown (see holdsEvery).
const BEST = 3;

/** Results read a page at a time: how many in all, and `take(n)`, the data of the next n. */
interface ResultSource {
  length: number;
  take(n: number): Promise<PagefindData[]>;
}

/** A search's results, and whether they hold only some of the words. */
interface Found {
  source: ResultSource;
  anyWord?: boolean;
}

/** Text as words are compared: lower case, accents dropped. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
/** A word as compared with the query: folded, punctuation dropped. */
function foldWord(w: string): string {
  return fold(w).replace(/[^\p{L}\p{N}]+/gu, '');
}
/** The words of a query, folded ("naïve" one word, not "nai" and "ve"). */
function queryTerms(q: string): string[] {
  return fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
/**
 * Whether a result holds every word searched, not a stand-in for one: for a
 * word not in its index, Pagefind searches the longest prefix that is
 * (Pagefind issues #599 and #780), so "xyzzyqwerty" finds every "x". A word
 * counts as found when a matched word of the result contains its first four
 * letters (all of a shorter word), which keeps stems and most typos, or is
 * the word without a plural ending ("ODE" for "ODEs"), never a shorter word
 * that happens to start it ("the" for "thexy").
 */
function holdsEvery(d: PagefindData, terms: string[]): boolean {
  const words = (d.content || '').split(/[^\S\uFEFF]+/);
  const matched = (d.locations || []).map(function (at) { return foldWord(words[at] || ''); });
  return terms.every(function (t) {
    const head = t.slice(0, 4);
    return matched.some(function (w) { return w.indexOf(head) >= 0 || (w.length >= 3 && t.indexOf(w) === 0 && /^(?:s|es)$/.test(t.slice(w.length))); });
  });
}

/** Whether the best-ranked results of a search hold every one of `terms` (see holdsEvery). */
async function bestHoldAll(search: { results: PagefindResult[] }, terms: string[]): Promise<boolean> {
  const best = await Promise.all(search.results.slice(0, BEST).map((x) => x.data()));
  return best.some((d) => holdsEvery(d, terms));
}

/**
 * The values of `promises`, as Promise.all, but failing only once every one
 * has settled: Pagefind shares a pending load with whoever asks for it, so a
 * retry made while the failed try still had fetches in flight would be
 * handed those, and fail again.
 */
async function allSettledOrFail<T>(promises: Promise<T>[]): Promise<T[]> {
  const all = await Promise.allSettled(promises);
  const failed = all.find((p): p is PromiseRejectedResult => p.status === 'rejected');
  if (failed) throw failed.reason;
  return all.map((p) => (p as PromiseFulfilledResult<T>).value);
}

/** Results in Pagefind's order, read a page at a time: `length`, and `take(n)`, the data of the next n. */
function inOrder(results: PagefindResult[]): ResultSource {
  let at = 0;
  return {
    length: results.length,
    take: function (n) {
      const from = at;
      const batch = results.slice(at, at += n);
      // A page that fails to load can be asked for again.
      return allSettledOrFail(batch.map(function (r) { return r.data(); })).catch(function (e) { at = from; throw e; });
    },
  };
}

/**
 * Results merged from lists that are each in a sort's order (a shard's, or a
 * word's in a shard), each paper once, read a page at a time as `inOrder`.
 * Pagefind ranks a sort within each index only and merges indexes by that
 * rank, so its merged shards interleave rather than sort. Here each list's
 * next few results are read in parallel, and the best by `value` (a result's
 * sort value, from its metadata) is taken until the page is full. Pages are
 * taken one after another, so a page is claimed as soon as it is asked for.
 */
function mergeSorted(lists: PagefindResult[][], value: (d: PagefindData) => string, desc: boolean): ResultSource {
  const length = new Set(lists.flatMap((l) => l.map((r) => r.id))).size;
  let at = lists.map(() => 0);
  const loading = new Map<string, Promise<void>>(), loaded = new Map<string, PagefindData>(), taken = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  /** The next result of list `i` not yet taken (every list in `live()` has one). */
  const head = (i: number): PagefindResult => lists[i]![at[i]!]!;
  function load(r: PagefindResult): Promise<void> {
    // A failed fetch is forgotten, so asking for the page again tries again.
    let pending = loading.get(r.id);
    if (!pending) {
      pending = r.data().then(function (d) { loaded.set(r.id, d); }, function (e: unknown) { loading.delete(r.id); throw e; });
      loading.set(r.id, pending);
    }
    return pending;
  }
  /** The lists with a result left, past the ones another list gave already. */
  function live(): number[] {
    return lists.map(function (l, i) {
      while (at[i]! < l.length && taken.has(l[at[i]!]!.id)) at[i]!++;
      return i;
    }).filter((i) => at[i]! < lists[i]!.length);
  }
  function fill(page: PagefindData[], n: number, got: string[]): PagefindData[] | Promise<PagefindData[]> {
    for (;;) {
      const open = live();
      if (page.length >= n || !open.length) return page;
      const unread = open.filter((i) => !loaded.has(head(i).id));
      if (unread.length) {
        const ahead = Math.ceil((n - page.length) / open.length) + 1;
        const loads = unread.flatMap((i) => lists[i]!.slice(at[i], at[i]! + ahead).map(load));
        return allSettledOrFail(loads)
          .then(function () { return fill(page, n, got); });
      }
      const best = open.reduce(function (b, i) {
        const x = value(loaded.get(head(i).id)!), y = value(loaded.get(head(b).id)!);
        return (desc ? x > y : x < y) ? i : b;
      });
      const r = head(best);
      taken.add(r.id);
      got.push(r.id);
      page.push(loaded.get(r.id)!);
    }
  }
  return {
    length: length,
    take: function (n) {
      const page = queue.then(function () {
        // A page that fails to load gives its results back, for the next try.
        const mark = at.slice(), got: string[] = [];
        return Promise.resolve(fill([], n, got)).catch(function (e: unknown) {
          at = mark;
          got.forEach((id) => taken.delete(id));
          throw e;
        });
      });
      queue = page.catch(function () {});
      return page;
    },
  };
}

/**
 * The papers holding some of the words, when none holds all: one search a
 * word (a word no paper has adds nothing). By relevance, the papers holding
 * the most words first, then by summed relevance (Pagefind has no "any word"
 * query); with a sort, in its order. `find` gives a word's result lists (see run).
 */
async function someWords(
  pagefind: PagefindModule, terms: string[], chosen: PagefindFilters,
  find: (term: string) => Promise<PagefindResult[][]>, sorted: ((lists: PagefindResult[][]) => ResultSource) | null,
): Promise<Found> {
  const perWord = await Promise.all(terms.map(async function (t): Promise<PagefindResult[][]> {
    const s = await pagefind.search(t, { filters: chosen });
    if (!(await bestHoldAll(s, [t]))) return [];
    return sorted ? find(t) : [s.results];
  }));
  const lists = perWord.flat();
  if (sorted) return { source: sorted(lists), anyWord: true };
  const byId = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const results of lists) {
    for (const r of results) {
      const m = byId.get(r.id) ?? { result: r, words: 0, score: 0 };
      byId.set(r.id, m);
      m.words++;
      m.score += r.score;
    }
  }
  // A Map iterates in insertion order, so equal papers keep the order they were found in.
  const merged = [...byId.values()].sort(function (a, b) { return b.words - a.words || b.score - a.score; });
  return { source: inOrder(merged.map((m) => m.result)), anyWord: true };
}

/**
 * The excerpt of a result, made from the indexed text and where the query
 * matched it (`locations`, word positions): only the abstract, which ends
 * at `excerptEnd` before the indexed title and raw spellings
 * (search-record.ts); the window of words with the most hits, hits marked,
 * or the abstract's opening when only the title matched. Ellipses mark
 * where the abstract was cut. Text nodes only.
 */
function excerptNode(d: PagefindData, excerptEnd: string): HTMLElement {
  // Split as Pagefind splits when it counts word positions.
  const words = (d.content || '').split(/[^\S\uFEFF]+/);
  let end = words.indexOf(excerptEnd);
  if (end < 0) end = words.length;
  const hits = (d.locations || []).filter((at) => at < end);
  let start = 0;
  let most = 0;
  hits.forEach(function (hit) {
    const from = Math.max(0, Math.min(hit - Math.floor(EXCERPT_WORDS / 3), end - EXCERPT_WORDS));
    const count = hits.filter((at) => at >= from && at < from + EXCERPT_WORDS).length;
    if (count > most) { most = count; start = from; }
  });
  const stop = Math.min(end, start + EXCERPT_WORDS);
  const p = el('p', { class: 'excerpt' });
  const text = (t: string) => p.appendChild(document.createTextNode(t));
  if (start > 0) text('… ');
  for (let i = start; i < stop; i++) {
    const word = words[i] ?? '';
    if (i > start) text(' ');
    if (hits.indexOf(i) < 0) { text(word); continue; }
    // The word is marked, not the punctuation around it ("learning." marks "learning").
    const parts = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(word);
    if (!parts || !parts[2]) { p.appendChild(el('mark', {}, [word])); continue; }
    if (parts[1]) text(parts[1]);
    p.appendChild(el('mark', {}, [parts[2]]));
    if (parts[3]) text(parts[3]);
  }
  if (stop < end) text(' …');
  return p;
}

/** The element with `id`, which the search page always has: a page without it is a build gone wrong. */
function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The search page has no #${id}`);
  return found as T;
}

/** What the history entry of a search left for a result keeps (see saveState). */
interface SavedState { shown?: number; scrollY?: number }

/**
 * Wires the search form. `o.shards` are the site paths of the extra index
 * bundles (`pagefind-2/`…), merged into the first with `mergeIndex`, and
 * `o.shardFilter` the filter naming each document's shard (`1` the first);
 * `o.total` counts the papers; `o.excerptEnd` ends the excerptable text of
 * every indexed document; `o.digestDays` are the days with a digest (ISO
 * dates), for the day filter's word. Sorted searches read each result's sort
 * value back from its metadata by the index's own rule (`sortValue`).
 */
export function startPagefindSearch(o: PagefindSearchOptions): void {
  const { shards, total, excerptEnd, shardFilter, digestDays } = o;
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-input');
  const sort = byId<HTMLSelectElement>('search-sort');
  // The filters live beside the form, bound to it by their `form` attribute.
  const filters = Array.from(form.elements).filter((e): e is HTMLInputElement | HTMLSelectElement => e.hasAttribute('data-filter'));
  const status = byId('search-status');
  const list = byId('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const root = new URL('../', location.href);
  /** Puts the search the address describes into the form. */
  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    sort.value = params.get('sort') || '';
    filters.forEach(function (s) { s.value = params.get(s.name) || ''; });
  }
  readUrl();
  const options = document.querySelector<HTMLDetailsElement>('.search-options');
  if (!options) throw new Error('The search page has no .search-options');
  const inUse = function () { return Boolean(sort.value) || filters.some((s) => s.value); };
  const recount = foldOptions(options, inUse);

  // Pagefind's own module, beside the built site; `astro dev` reads this file raw and need not resolve it.
  // Each shard's pages get a filter naming the shard, in the browser (nothing is stored in the index), for sorted searches.
  const shardOf = function (i: number) { return shards.length ? { mergeFilter: { [shardFilter]: String(i + 1) } } : {}; };
  const ready = (async () => {
    const pagefind = await (import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href) as Promise<PagefindModule>);
    await pagefind.options(Object.assign({ baseUrl: root.pathname }, shardOf(0)));
    await Promise.all(shards.map((s, i) => pagefind.mergeIndex(new URL(s, root).pathname, Object.assign({ baseUrl: root.pathname }, shardOf(i + 1)))));
    return pagefind;
  })();

  ready.catch(function () { status.textContent = 'The search index could not be loaded.'; });

  let generation = 0;
  // The current search's results (inOrder or mergeSorted) and how many of them are shown.
  let results = inOrder([]);
  let shown = 0;
  // What the status line says of the current results.
  let said = '';

  function chosenFilters(): PagefindFilters {
    const chosen: PagefindFilters = {};
    filters.forEach(function (s) { if (s.value && s.dataset['filter']) chosen[s.dataset['filter']] = [s.value]; });
    return chosen;
  }
  const place = searchHistory(input);
  function keepInUrl(q: string, how: HistoryMode) {
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    if (sort.value) url.searchParams.set('sort', sort.value);
    filters.forEach(function (s) { if (s.value) url.searchParams.set(s.name, s.value); });
    place.keep(url, how);
  }
  // Topic pages by name, from the topic filter's choices (each carries its page's slug).
  const tagSlugs = new Map<string, string>();
  const tagSelect = document.getElementById('search-filter-tag');
  if (tagSelect instanceof HTMLSelectElement) for (const option of tagSelect.options) if (option.dataset['slug']) tagSlugs.set(option.value, option.dataset['slug']);
  function render(d: PagefindData) {
    const tags = (d.filters['tag'] || []).map(function (t) {
      const slug = tagSlugs.get(t);
      return { name: t, slug, href: slug ? new URL('tags/' + slug + '/', root).pathname : null };
    });
    appendResult(list, {
      href: d.url, title: d.meta['title'] || d.url, published: d.meta['published'],
      credit: [d.meta['authors'], d.meta['organization']].filter((c): c is string => Boolean(c)),
      // Pagefind metadata is text.
      upvotes: d.meta['upvotes'] ? Number(d.meta['upvotes']) : null,
      days: d.meta['days'] ? d.meta['days'].split(', ') : [],
      excerpt: excerptNode(d, excerptEnd), tags: tags,
    });
  }
  /**
   * Shows the next page of results; `announce` replaces the list and status
   * at once (no empty flash). The page is claimed before it loads, so a
   * double click never shows a page twice, and a newer search drops it.
   */
  function showMore(g: number, announce?: string): Promise<void> {
    // A click during a newer search's "Searching…" still holds the older results: never mix them in.
    const source = results;
    const count = Math.min(PAGE_SIZE, source.length - shown);
    shown += count;
    more.disabled = true;
    return source.take(count).then(function (data) {
      if (g !== generation || source !== results) return;
      if (announce) { list.textContent = ''; said = announce; }
      // Also after a page that failed: the status counts the results again.
      status.textContent = said;
      data.forEach(render);
      more.disabled = false;
      more.hidden = shown >= source.length;
    }, function (e: unknown) {
      if (g !== generation || source !== results) return;
      if (announce) throw e;
      // The page was not shown: it can be asked for again.
      shown -= count;
      more.disabled = false;
      status.textContent = 'More results could not be loaded; try again.';
    });
  }
  /**
   * Back to a search left for a result: as many results as were shown then, and the
   * same scroll position (kept in the history entry's state when a result is opened).
   */
  function restore(g: number, saved: SavedState | null): Promise<void> | void {
    if (!saved || g !== generation) return;
    const before = shown;
    // A page that failed to load stops the restoring (its status asks for a try by hand), never retried in a loop.
    if (shown < Math.min(saved.shown || 0, results.length)) return showMore(g).then(function () { if (shown > before) return restore(g, saved); });
    if (saved.scrollY) window.scrollTo(0, saved.scrollY);
  }
  function saveState() {
    const state: SavedState = { shown: shown, scrollY: window.scrollY };
    history.replaceState(state, '', location.href);
  }
  list.addEventListener('click', saveState);
  window.addEventListener('pagehide', saveState);
  /**
   * Searches for what the form says; `how`: 'type' (the default), 'push' or 'keep' (see keepInUrl);
   * `saved`: the state of the history entry returned to, if any.
   */
  function run(how: HistoryMode = 'type', saved: SavedState | null = null): void {
    const g = ++generation;
    const q = input.value.trim();
    const chosen = chosenFilters();
    keepInUrl(q, how);
    if (!q && !Object.keys(chosen).length) {
      list.textContent = ''; more.hidden = true;
      status.textContent = 'Type to search ' + formatCount(total) + ' papers, or choose a filter.';
      return;
    }
    status.textContent = 'Searching…';
    const [sortKey, direction] = sort.value ? sort.value.split(':') : [];
    const key = sortKey && Object.prototype.hasOwnProperty.call(SORT_VALUES, sortKey) ? sortKey as SortKey : null;
    void (async () => {
      try {
        const pagefind = await ready;
        const search = await find(pagefind, q, chosen, key, direction === 'desc');
        if (g !== generation) return;
        results = search.source; shown = 0;
        const day = chosen['day']?.[0] ?? '';
        const message = describe(results.length, q, { day: day, days: digestDays, filtered: Object.keys(chosen).length > 0, anyWord: Boolean(search.anyWord), options: options });
        await showMore(g, message);
        await restore(g, saved);
      } catch {
        // Every later search fails the same way when the index never loaded: say so, never "Searching…" for ever.
        if (g === generation) { list.textContent = ''; more.hidden = true; status.textContent = 'The search index could not be loaded.'; }
      }
    })();
  }
  /**
   * The results of query `q` (empty: the filters' papers) under `chosen` filters, by relevance or sorted by `key`;
   * when no paper holds every word, the papers holding some of them.
   */
  async function find(pagefind: PagefindModule, q: string, chosen: PagefindFilters, key: SortKey | null, desc: boolean): Promise<Found> {
    /**
     * A term's results (null: the filters' papers) as lists each in the right order: by
     * relevance one list; by a sort one list a shard (its filter), for mergeSorted.
     */
    const lists = async function (term: string | null): Promise<PagefindResult[][]> {
      if (!key) return [(await pagefind.search(term, { filters: chosen })).results];
      const sortBy = { [key]: desc ? 'desc' : 'asc' };
      return Promise.all([''].concat(shards).map(async function (_, i) {
        const filters: PagefindFilters = Object.assign({}, chosen);
        if (shards.length) filters[shardFilter] = [String(i + 1)];
        return (await pagefind.search(term, { filters: filters, sort: sortBy })).results;
      }));
    };
    const sorted = key ? function (found: PagefindResult[][]) {
      // Pagefind's metadata is text, empty or missing where the paper has no value.
      const value = (d: PagefindData) => sortValue(key, d.meta[SORT_VALUES[key].meta] || undefined);
      return mergeSorted(found, value, desc);
    } : null;
    const asFound = function (found: PagefindResult[][]) { return sorted ? sorted(found) : inOrder(found[0] ?? []); };
    const terms = queryTerms(q);
    const found = await lists(q || null);
    if (!terms.length) return { source: asFound(found) };
    // Relevance ranks whole-word matches first: when its best few hold none of the words, nothing does.
    const none = found.every((l) => !l.length);
    const ranked = !key ? { results: found[0] ?? [] } : none ? { results: [] } : await pagefind.search(q, { filters: chosen });
    if (await bestHoldAll(ranked, terms)) return { source: asFound(found) };
    // No paper has every word: as offline, the papers with some of them.
    return terms.length < 2 ? { source: inOrder([]) } : someWords(pagefind, terms, chosen, lists, sorted);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = function () { run('push'); };
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(() => run(), 150); });
  sort.addEventListener('change', push);
  // A date field reports a change as each part is typed: wait for the typing to stop.
  filters.forEach(function (s) {
    s.addEventListener('change', s.type === 'date' ? function () { clearTimeout(timer); timer = setTimeout(push, 600); } : push);
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); place.settle(); });
  window.addEventListener('popstate', function () {
    clearTimeout(timer); readUrl(); recount(); run('keep', history.state as SavedState | null); place.settle();
    if (inUse()) options.open = true;
  });
  more.addEventListener('click', function () {
    const before = list.children.length;
    showMore(generation).then(function () { list.children[before]?.querySelector('a')?.focus(); });
  });
  run('keep', history.state as SavedState | null);
  if (!input.value) input.focus();
}
