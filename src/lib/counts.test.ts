import { describe, expect, it } from 'vitest';
import { countOf, nounFor } from './counts.ts';

describe('countOf', () => {
  it('parses one into the singular, and any other count into the plural', () => {
    expect(countOf(1, 'paper')).toBe('1 paper');
    expect(countOf(0, 'paper')).toBe('0 papers');
    expect(countOf(12, 'author')).toBe('12 authors');
  });
  it('rejects a singular for counts that only look like one', () => {
    expect(countOf(-1, 'upvote')).toBe('-1 upvotes');
    expect(countOf(1.5, 'paper')).toBe('1.5 papers');
  });
});

describe('nounFor', () => {
  it('parses a count into the noun it takes', () => {
    expect(nounFor(1, 'paper')).toBe('paper');
    expect(nounFor(2, 'paper')).toBe('papers');
  });
  it('rejects the singular for zero', () => {
    expect(nounFor(0, 'upvote')).toBe('upvotes');
  });
});
