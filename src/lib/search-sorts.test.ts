import { describe, expect, it } from 'vitest';
import { SEARCH_SORTS, SORT_VALUES, sortValue } from './search-sorts.ts';

describe('sortValue', () => {
  it('parses every sort choice of the search page into a key with a rule, so the page can merge shards by it', () => {
    for (const { value } of SEARCH_SORTS.filter((o) => o.value)) expect(Object.keys(SORT_VALUES)).toContain(value.split(':')[0]);
  });
  it('rejects string order for numbers (12 upvotes sort above 9) and gives a missing value its stand-in', () => {
    expect(sortValue('newest', undefined)).toBe('0000-00-00');
    expect(sortValue('oldest', undefined)).toBe('9999-12-31');
    expect(sortValue('upvotes', '12') > sortValue('upvotes', '9')).toBe(true);
    // Upvotes the digest lacks sort below none at all, so most upvoted first puts that paper last, as offline.
    expect(sortValue('upvotes', undefined) < sortValue('upvotes', '0')).toBe(true);
  });
});
