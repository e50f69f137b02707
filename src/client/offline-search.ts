/**
 * Offline search (file://), bundled with MiniSearch and the stemmer into
 * `offline/search.js`, a classic script: no modules or fetch. It reads
 * window.BroadsheetOffline (the index script loaded before it) and renders
 * results with DOM text nodes only.
 */
import MiniSearch from 'minisearch';
import { formatCount } from '../lib/counts.ts';
import type { OfflineDoc } from '../lib/offline-index.ts';
import { offlineTerm } from '../lib/offline-term.ts';
import { SORT_VALUES } from '../lib/search-sorts.ts';
import { appendResult, describe, el, foldOptions, searchHistory } from './search-dom.ts';
import type { HistoryMode } from './types.ts';

const PAGE_SIZE = 20;

/** The index row's column of each metadata value a sort reads (`SORT_VALUES[key].meta`). Rows: [slug, title, published, upvotes, …]. */
const COLUMNS = { published: 2, upvotes: 3 } as const;

/** A result: its row number in the index's `docs`. */
interface Hit { id: number }

/** The index row of a hit (ids are row numbers, so every one has a row). */
function row(id: number): OfflineDoc {
  return window.BroadsheetOffline.docs[id]!;
}

/**
 * Orders hits as the online sort choices do (`key:dir`, the key's metadata from SORT_VALUES); papers without
 * the value come last either way, and ties keep their relevance order.
 */
function sortHits(hits: Hit[], sort: string): void {
  const [key, direction] = sort.split(':');
  if (!key || !Object.prototype.hasOwnProperty.call(SORT_VALUES, key)) return;
  const column = COLUMNS[SORT_VALUES[key as keyof typeof SORT_VALUES].meta];
  const sign = direction === 'asc' ? 1 : -1;
  const rank = new Map(hits.map((h, i) => [h.id, i]));
  const byRank = (a: Hit, b: Hit) => rank.get(a.id)! - rank.get(b.id)!;
  hits.sort(function (a, b) {
    const x = row(a.id)[column];
    const y = row(b.id)[column];
    if (x === null || y === null) return x === y ? byRank(a, b) : x === null ? 1 : -1;
    return x < y ? -sign : x > y ? sign : byRank(a, b);
  });
}

/**
 * A field of the online form (`page`, the search page's form taken out of the document), re-made under the
 * offline page's id: its label and options are the ones the build wrote (searchFormFields), counts included,
 * so both searches offer the same choices and a search address means the same in both. Null when the page
 * has no such field (no paper has an organization).
 */
function pageField(page: Element, onlineId: string, id: string, name: string): { select: HTMLSelectElement; field: HTMLElement } | null {
  const online = page.querySelector<HTMLSelectElement>('#' + onlineId);
  if (!online) return null;
  const select = el('select', { id: id, name: name }, Array.from(online.options, (o) => el('option', { value: o.value }, [o.textContent ?? ''])));
  const label = page.querySelector('label[for="' + onlineId + '"]');
  return { select: select, field: el('span', { class: 'search-field' }, [el('label', { for: id }, [label ? label.textContent : name]), select]) };
}

/**
 * Renders the offline search into `container`, for the search the address holds; `page` is the online search
 * form (its choices). Returns `addTeasers`, for the teasers loaded after it.
 */
window.broadsheetOfflineSearch = function (container, page) {
  const data = window.BroadsheetOffline;
  // Words are stemmed as the index's were, by the same function: lower-cased, then Porter2, as Pagefind does online.
  const mini = MiniSearch.loadJS(data.index, Object.assign({}, data.options, { processTerm: offlineTerm }));

  const input = el('input', { id: 'search-input', type: 'search', name: 'q', class: 'search-input', placeholder: 'Search titles and abstracts', autocomplete: 'off' });
  // The choices the online form offers, with its counts; the index's rows name their topic and organization by position.
  const fields = [
    pageField(page, 'search-sort', 'filter-sort', 'sort'),
    pageField(page, 'search-filter-tag', 'filter-tag', 'tag'),
    pageField(page, 'search-filter-year', 'filter-year', 'year'),
    pageField(page, 'search-filter-organization', 'filter-organization', 'organization'),
  ];
  // A field the page has not is one whose value is always "any".
  const selectOf = function (field: ReturnType<typeof pageField> | undefined): { value: string } { return field ? field.select : { value: '' }; };
  const sortSelect = selectOf(fields[0]);
  const tagSelect = selectOf(fields[1]);
  const yearSelect = selectOf(fields[2]);
  const organizationSelect = selectOf(fields[3]);
  const tagIndex = new Map(data.tags.map((t, i) => [t, i]));
  const organizationIndex = new Map(data.organizations.map((o, i) => [o, i]));
  // A date field, not a list: a list of every digest day grows without end. Days without a digest find nothing.
  const dayField = el('input', { id: 'filter-day', type: 'date', min: data.days[data.days.length - 1], max: data.days[0] });
  const dayIndex = new Map(data.days.map((d, i) => [d, i]));
  const status = el('p', { class: 'offline-status', role: 'status' });
  const heading = el('h2', { class: 'visually-hidden', id: 'offline-results-heading' }, ['Results']);
  const list = el('ol', { class: 'paper-list offline-results', 'aria-labelledby': 'offline-results-heading' });
  const more = el('button', { class: 'search-more', type: 'button', hidden: '' }, ['More results']);
  const form = el('form', { class: 'search-form', role: 'search', 'aria-label': 'Papers', action: '' }, [
    el('label', { class: 'visually-hidden', for: 'search-input' }, ['Search titles and abstracts']),
    el('div', { class: 'search-row' }, [input, el('button', { class: 'search-submit', type: 'submit' }, ['Search'])]),
  ]);
  // The online page's layout: the sort and filter panel beside the results on wide screens, folded on phones.
  const options = el('details', { class: 'search-options', open: '' }, [
    el('summary', {}, ['Sort and filter']),
    el('div', { class: 'search-filters' }, fields.flatMap((f) => (f ? [f.field] : [])).concat([
      el('span', { class: 'search-field' }, [el('label', { for: 'filter-day' }, ['Day']), dayField]),
    ])),
  ]);
  const note = el('p', { class: 'offline-note' }, [data.wholeAbstracts ? 'Offline search: opened from disk, this copy searches an index of titles, abstracts, topics and organizations that came with it.'
    : 'Offline search: opened from disk, this copy searches a compact index that came with it, of titles, the opening of each abstract, topics and organizations; a word late in an abstract is found online only.']);
  const main = el('div', { class: 'search-main' }, [note, heading, status, list, more]);
  container.textContent = '';
  container.appendChild(el('div', { class: 'search-layout' }, [form, options, main]));
  readUrl();
  const recount = foldOptions(options, function () { return Boolean(sortSelect.value || tagSelect.value || yearSelect.value || organizationSelect.value || dayField.value); });
  let hits: Hit[] = [];
  // Each shown result's row, for teasers that arrive after it (see addTeasers).
  let shownRows: number[] = [];
  let teasers: string[] | null = null;
  function teaser(id: number | undefined): HTMLElement | null {
    const text = teasers && id !== undefined ? teasers[id] : undefined;
    return text ? el('p', { class: 'teaser', dir: 'auto' }, [text]) : null;
  }
  const place = searchHistory(input);
  /** Puts the search the address describes into the form (on opening, and on Back and Forward). */
  function readUrl() {
    const p = new URLSearchParams(location.search);
    const tag = p.get('tag') || '';
    const organization = p.get('organization') || '';
    input.value = p.get('q') || '';
    tagSelect.value = tagIndex.has(tag) ? tag : '';
    dayField.value = p.get('day') || '';
    sortSelect.value = p.get('sort') || '';
    yearSelect.value = p.get('year') || '';
    organizationSelect.value = organizationIndex.has(organization) ? organization : '';
  }

  /** Searches for what the form says; `how` keeps it in the address as online does ('type', 'push' or 'keep'). */
  function render(how: HistoryMode): void {
    const q = input.value.trim();
    // -1: any; a value the index lacks finds nothing (-2).
    const tag = tagSelect.value === '' ? -1 : tagIndex.get(tagSelect.value) ?? -2;
    const day = dayField.value === '' ? -1 : dayIndex.get(dayField.value) ?? -2;
    const year = yearSelect.value;
    const organization = organizationSelect.value === '' ? -1 : organizationIndex.get(organizationSelect.value) ?? -2;
    const url = new URL(location.href);
    ['q', 'sort', 'tag', 'year', 'organization', 'day'].forEach(function (k) { url.searchParams.delete(k); });
    if (q) url.searchParams.set('q', q);
    if (sortSelect.value) url.searchParams.set('sort', sortSelect.value);
    if (tag !== -1) url.searchParams.set('tag', tagSelect.value);
    if (year) url.searchParams.set('year', year);
    if (organization !== -1) url.searchParams.set('organization', organizationSelect.value);
    if (dayField.value) url.searchParams.set('day', dayField.value);
    place.keep(url, how);
    list.textContent = '';
    shownRows = [];
    hits = [];
    more.hidden = true;
    const filtered = tag !== -1 || day !== -1 || Boolean(year) || organization !== -1;
    if (!q && !filtered) { status.textContent = 'Type to search ' + formatCount(data.docs.length) + ' papers, or choose a filter.'; return; }
    const filter = function (r: Hit): boolean {
      const d = row(r.id);
      return (tag === -1 || d[4].indexOf(tag) >= 0) && (day === -1 || d[5].indexOf(day) >= 0) && (!year || (d[2] || '').slice(0, 4) === year)
        && (organization === -1 || d[7] === organization);
    };
    // Filters alone list their papers, as online (where Pagefind picks the order): here the most recently listed first (day 0 is the newest digest).
    // A hyphenated word is searched joined, as Pagefind does and as the index holds it beside its parts (joinHyphenatedWords),
    // and exactly: long joined words would otherwise allow two typos ("selfsupervised" finding "semisupervised").
    const joined = new Set<string>();
    const terms = q.replace(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu, function (w) {
      const word = w.replace(/-/g, '');
      joined.add(offlineTerm(word));
      return word;
    });
    const fuzzy = function (term: string) { return joined.has(term) ? 0 : data.options.searchOptions.fuzzy; };
    hits = q ? mini.search(terms, { filter: filter, fuzzy: fuzzy })
      : data.docs.map((d, id) => ({ id, lastSeen: Math.min(...d[5]) })).filter(filter)
        .sort(function (a, b) { return a.lastSeen - b.lastSeen || a.id - b.id; });
    const anyWord = Boolean(q) && hits.length === 0 && /\s/.test(q);
    if (anyWord) hits = mini.search(terms, { filter: filter, fuzzy: fuzzy, combineWith: 'OR' });
    sortHits(hits, sortSelect.value);
    status.textContent = describe(hits.length, q, { day: dayField.value, days: data.days, filtered: filtered, anyWord: anyWord, options: options });
    showMore();
  }
  // Results a page at a time, as online: the status counts them all, the list grows on request.
  function showMore() {
    const from = list.children.length;
    hits.slice(from, from + PAGE_SIZE).forEach(function (h) {
      const d = row(h.id);
      appendResult(list, {
        href: '../papers/' + d[0] + '/index.html', title: d[1], published: d[2], upvotes: d[3], credit: d[6],
        // Rows name days and topics by their index in the payload's lists.
        days: d[5].map((i) => data.days[i]!),
        tags: d[4].map((t) => ({ name: data.tags[t]!, slug: data.tagSlugs[t], href: '../tags/' + data.tagSlugs[t] + '/index.html' })),
        excerpt: teaser(h.id),
      });
      shownRows.push(h.id);
    });
    more.hidden = list.children.length >= hits.length;
    if (from > 0) list.children[from]?.querySelector('a')?.focus();
  }
  more.addEventListener('click', showMore);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = function () { clearTimeout(timer); render('push'); };
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { render('type'); }, 80); });
  fields.forEach(function (f) { if (f) f.select.addEventListener('change', push); });
  // A date field reports a change as each part is typed: wait for the typing to stop, as online.
  dayField.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(push, 600); });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); render('type'); place.settle(); });
  window.addEventListener('popstate', function () { clearTimeout(timer); readUrl(); recount(); render('keep'); place.settle(); });
  render('keep');
  if (!input.value) input.focus();
  return {
    /** Adds each row's teaser (offline/teasers.js) to the results shown and to every later one. */
    addTeasers: function (rows) {
      teasers = rows || null;
      Array.from(list.children).forEach(function (item, i) {
        const p = teaser(shownRows[i]);
        if (p && !item.querySelector('.teaser')) item.lastChild?.appendChild(p);
      });
    },
  };
};
