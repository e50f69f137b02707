/**
 * Counts in words, for the nouns the site counts (papers, authors, upvotes),
 * whose plural adds an s.
 */

/** The noun as a count takes it: "paper" for 1, "papers" for any other count. */
export function nounFor(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/**
 * A count as the site prints it: whole numbers of four digits and more grouped
 * by commas ("10,000"), as English text does. Written out rather than through
 * `Intl`, so every machine and browser prints the same, at no formatter's cost
 * per number; the search scripts bundle this very function.
 */
export function formatCount(count: number): string {
  return Number.isInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ',') : String(count);
}

/** "1 paper", "3 papers", "1,204 upvotes". */
export function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${nounFor(count, noun)}`;
}
