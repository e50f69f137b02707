import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

const slugs = ['bilevel-optimization', 'reinforcement-learning', 'rl', 'in-context-learning'];

describe('didYouMean', () => {
  it('parses a typo into the nearest known name: a British spelling, a dropped letter, a swapped pair', () => {
    expect(didYouMean('bilevel-optimisation', slugs)).toBe(' (did you mean "bilevel-optimization"?)');
    expect(didYouMean('reinforcement-learnig', slugs)).toBe(' (did you mean "reinforcement-learning"?)');
    expect(didYouMean('in-cotnext-learning', slugs)).toBe(' (did you mean "in-context-learning"?)');
  });
  it('rejects a guess too far to be a typo, and has none to make from no names', () => {
    expect(didYouMean('robotics', slugs)).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });
});
