/**
 * Suggestions for a name that names nothing (a note's slug, a tag's parent):
 * the nearest known name, when it is near enough to be a typo of it.
 */
import { closest, distance } from 'fastest-levenshtein';

/**
 * ` (did you mean "x"?)` for the known name nearest to `wanted` by edit distance, when at most a quarter of its
 * characters (and at least two) differ; else nothing, since a far guess misleads more than no guess.
 */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const names = [...known];
  if (names.length === 0) return '';
  const best = closest(wanted, names);
  return distance(wanted, best) <= Math.max(2, Math.floor(wanted.length / 4)) ? ` (did you mean "${best}"?)` : '';
}
