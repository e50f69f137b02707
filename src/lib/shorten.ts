/**
 * One way to shorten text for every place that shows less than all of it
 * (list teasers, meta descriptions, feed summaries, JSON-LD headlines,
 * diagnostics): at a word boundary where there is one, never inside a
 * surrogate pair, with an ellipsis that counts towards the limit.
 */

/**
 * Characters of an abstract a paper list shows as its teaser (day, topic and
 * search lists): two lines show (CSS line-clamp); more text would only be read
 * out by screen readers and weigh on long lists.
 */
export const TEASER_MAX = 280;

/** Lowest share of `max` a word-boundary cut may keep; below it a long word is cut instead. */
const MIN_KEPT = 0.6;

/**
 * `text` with runs of white space collapsed, cut to at most `max` UTF-16 code
 * units including the closing `…` when it is longer.
 */
export function shortenText(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`shortenText: max must be a whole number ≥ 2, not ${max}`);
  // Only the first `max` characters of the collapsed text decide the result. Collapsing a prefix gives a
  // prefix of the collapsed whole, so when a prefix already collapses to more than `max` characters, the
  // rest is never looked at: list pages shorten every abstract they show (~50,000 calls at 10,000 papers).
  const head = text.slice(0, max + 64).replace(/\s+/g, ' ').trimStart();
  const flat = head.trimEnd().length > max ? head : text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  // Never split a surrogate pair (𝒪, emoji): a lone half is not text.
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1] ?? '')) cut--;
  const space = flat.lastIndexOf(' ', cut);
  if (space >= Math.ceil(max * MIN_KEPT)) cut = space;
  return `${flat.slice(0, cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}
