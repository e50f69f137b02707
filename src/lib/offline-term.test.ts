import { describe, expect, it } from 'vitest';
import { offlineTerm } from './offline-term.ts';

describe('offlineTerm', () => {
  it('parses a word into its Porter2 stem, lower-cased, as Pagefind stems English online', () => {
    expect(['Learning', 'learned', 'learns', 'Models', 'optimization', 'optimizer'].map(offlineTerm)).toEqual(['learn', 'learn', 'learn', 'model', 'optim', 'optim']);
  });
  it('rejects nothing that is not English: joined words, numbers and symbols stay as they are', () => {
    expect(['gpt4', '8×h100', 'ℓ₂', '2025', 'a'].map(offlineTerm)).toEqual(['gpt4', '8×h100', 'ℓ₂', '2025', 'a']);
  });
});
