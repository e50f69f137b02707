import { describe, expect, it } from 'vitest';
import { countOf, formatCount, nounFor } from './counts.ts';

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

describe('formatCount', () => {
  it('parses whole numbers of four digits and more into comma-grouped thousands', () => {
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(10541)).toBe('10,541');
    expect(formatCount(105122)).toBe('105,122');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-2500)).toBe('-2,500');
    expect(countOf(1204, 'upvote')).toBe('1,204 upvotes');
  });
  it('rejects grouping numbers under 1,000 and fractions', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234.5)).toBe('1234.5');
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
