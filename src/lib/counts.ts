/**
 * Counts in words, for the nouns the site counts (papers, authors, upvotes),
 * whose plural adds an s.
 */

/** The noun as a count takes it: "paper" for 1, "papers" for any other count. */
export function nounFor(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/** "1 paper", "3 papers". */
export function countOf(count: number, noun: string): string {
  return `${count} ${nounFor(count, noun)}`;
}
