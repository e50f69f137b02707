/**
 * DOM helpers both searches share (Pagefind online, MiniSearch offline):
 * elements built from text nodes only, counts and dates as the pages print
 * them (the library's own functions, bundled in), and one result item.
 */
import { formatCount } from '../lib/counts.ts';
import { formatDisplayDate } from '../lib/dates.ts';
import { UNTAGGED } from '../lib/untagged.ts';
import type { DescribeOptions, HistoryMode, ResultItem, SearchPlace } from './types.ts';

/**
 * A day as the pages print it ("6 Nov 2025"); a value that is no calendar day (typed into the day field of a browser
 * without date fields, or given in the address) as it was written, since the status line names what was asked for.
 */
function formatDate(iso: string): string {
  try {
    return formatDisplayDate(iso);
  } catch {
    return iso;
  }
}

/** An element with `attrs` (null and undefined ones left out) and `children`, strings as text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string | null | undefined>, children?: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== null && v !== undefined) node.setAttribute(k, v);
  for (const c of children ?? []) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}
/**
 * Appends a numbered result to a `.paper-list` in the day pages' order:
 * linked title, a meta line of publication date, credit (`credit`: the author
 * count and organization as text), upvotes (a number or null) and digest days
 * (ISO dates), topic pills linking to their pages (`tags`: { name, slug, href };
 * none for "untagged", as day lists show none), then `excerpt` (a node) where
 * a day has its teaser.
 */
export function appendResult(list: HTMLElement, r: ResultItem): void {
  const meta: HTMLElement[] = [];
  if (r.published) meta.push(el('span', {}, ['Published ', el('time', { datetime: r.published }, [formatDate(r.published)])]));
  for (const c of r.credit) meta.push(el('span', {}, [c]));
  if (r.upvotes !== null && r.upvotes !== undefined) meta.push(el('span', { class: r.upvotes === 0 ? 'upvotes upvotes-none' : 'upvotes' }, ['▲ ' + formatCount(r.upvotes) + (r.upvotes === 1 ? ' upvote' : ' upvotes')]));
  // As the day lists say it (PaperMeta): a truncated record's fields are missing, not forgotten.
  if (!meta.length) meta.push(el('span', { class: 'meta-missing' }, ['Date, authors and upvotes are not in the digest']));
  if (r.days.length) meta.push(el('span', {}, ['Seen ' + r.days.map(formatDate).join(', ')]));
  const metaLine = el('p', { class: 'meta' });
  meta.forEach(function (m, i) { if (i) metaLine.appendChild(el('span', { class: 'sep', 'aria-hidden': 'true' }, [' · '])); metaLine.appendChild(m); });
  // The papers no topic fits are a filter value, never a pill.
  const topics = r.tags.filter((t) => t.slug !== UNTAGGED);
  const pills = topics.length ? [el('ul', { class: 'tags', 'aria-label': 'Topics' }, topics.map(function (t) {
    return el('li', {}, [t.href ? el('a', { class: 'tag', href: t.href }, [t.name]) : el('span', { class: 'tag' }, [t.name])]);
  }))] : [];
  const body: Node[] = [el('h3', { class: 'paper-title' }, [el('a', { href: r.href }, [r.title])]), metaLine, ...pills, ...(r.excerpt ? [r.excerpt] : [])];
  // The number column widens with the numbers (see .paper-pos), for every item at once.
  const n = list.children.length + 1;
  if (n >= 100) list.style.setProperty('--pos-digits', String(String(n).length));
  list.appendChild(el('li', { class: 'paper-item' }, [
    el('span', { class: 'paper-pos', 'aria-hidden': 'true' }, [String(n)]),
    el('div', {}, body),
  ]));
}
/**
 * On a phone the sort and filter panel (`details`) folds away under its
 * summary, unless `inUse()` says the search uses one; a wider window (a
 * phone turned, a window widened) opens it again, as a side panel. The
 * summary counts the options in use; the returned function counts them
 * again (after the form is filled from the address).
 */
export function foldOptions(options: HTMLDetailsElement, inUse: () => boolean): () => void {
  const narrow = window.matchMedia('(max-width: 40rem)');
  if (narrow.matches && !inUse()) options.open = false;
  narrow.addEventListener('change', function () { if (!narrow.matches) options.open = true; });
  // Folded, the summary still says how many are in use ("Sort and filter · 2 in use").
  const summary = options.querySelector('summary')!;
  const label = summary.textContent;
  const count = function () {
    const n = Array.from(options.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')).filter((f) => f.value).length;
    summary.textContent = label + (n ? ' \u00b7 ' + n + ' in use' : '');
  };
  count();
  options.addEventListener('change', count);
  options.addEventListener('input', count);
  return count;
}
// A typed search left alone this long (or the box left) is settled: the next change starts a new history entry.
const SETTLE_MS = 1500;
/**
 * Keeps a search in the address, one history entry per search, for both
 * engines: typing updates the current entry, and the first change after a
 * search was settled starts a new one, so Back goes to the previous search.
 * `keep(url, how)`: 'type' (typing), 'push' (a filter or sort: always its
 * own entry) or 'keep' (the address already says it: opened, or Back).
 * A typed search settles after a pause, when the box loses focus, or on `settle()` (submitted).
 */
export function searchHistory(input: HTMLInputElement): SearchPlace {
  let settled = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function settle() { clearTimeout(timer); settled = true; }
  input.addEventListener('blur', settle);
  return {
    keep: function (url: URL, how: HistoryMode) {
      if (how === 'keep') return;
      clearTimeout(timer);
      // Nothing new to keep (a trailing space, say), but still typing: the pause that settles starts again.
      if (url.href === location.href) { if (!settled) timer = setTimeout(settle, SETTLE_MS); return; }
      if (settled || how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      settled = how === 'push';
      if (!settled) timer = setTimeout(settle, SETTLE_MS);
    },
    settle: settle,
  };
}
/** " in Bilevel optimization, 2024, on 11 Dec 2025": the filters chosen in a sort and filter panel, as a reader names them. */
function chosenFilters(options: HTMLElement | null): string {
  if (!options) return '';
  const chosen: string[] = [];
  let day = '';
  for (const f of options.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')) {
    if (!f.value || f.name === 'sort') continue;
    if (f.type === 'date') day = ' on ' + formatDate(f.value);
    else chosen.push(f.value);
  }
  return (chosen.length ? ' in ' + chosen.join(', ') : '') + day;
}
/** A query as the status quotes it: “low-rank”, not “"low-rank"”. */
function quoted(q: string): string {
  return '“' + q.replace(/^["“](.*)["”]$/, '$1') + '”';
}
/**
 * The status line of both searches: how many results, or why there are none and what to try.
 * `o`: day (ISO, when one is chosen), days (the digest days, ISO, newest first), filtered (any filter chosen),
 * anyWord (no paper has every word: these have some), options (the sort and filter panel: the filters chosen in it
 * are named after the count, so a narrowed count never reads as the whole answer).
 */
export function describe(n: number, q: string, o: DescribeOptions): string {
  const count = formatCount(n) + (n === 1 ? ' result' : ' results');
  const within = chosenFilters(o.options);
  if (o.day && o.days.indexOf(o.day) < 0) {
    // The date field offers every day: name the digest days on either side of the one chosen.
    const later = o.days.filter((d) => d > o.day).pop();
    const earlier = o.days.find((d) => d < o.day);
    const near = [earlier, later].filter((d): d is string => Boolean(d)).map(formatDate);
    return 'No digest on ' + formatDate(o.day) + (near.length ? ': the nearest ' + (near.length === 1 ? 'is ' : 'are ') + near.join(' and ') + '.' : '.');
  }
  if (n > 0 && o.anyWord) return 'No paper has all of ' + quoted(q) + '; ' + count + ' with some of these words' + within + '.';
  if (n > 0) return count + (q ? ' for ' + quoted(q) : '') + within;
  // No paper has any of the words (papers with some of them would be listed): other words, not fewer.
  const hint = q && o.filtered ? 'other words or fewer filters' : q ? 'other words' : 'fewer filters';
  return 'No results' + (q ? ' for ' + quoted(q) : '') + (o.day ? ' on ' + formatDate(o.day) : '') + ' — try ' + hint + '.';
}
