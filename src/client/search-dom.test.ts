import { describe as group, expect, it } from 'vitest';
import { describe } from './search-dom.ts';

const none = { day: '', days: ['2025-12-11', '2025-12-09', '2025-11-06'], filtered: false, anyWord: false, options: null };

group('describe, the status line of both searches', () => {
  it('parses a count into words as the pages count ("12,345 results"), quoting the query once', () => {
    expect(describe(12345, 'learning', none)).toBe('12,345 results for “learning”');
    expect(describe(1, '"low-rank"', none)).toBe('1 result for “low-rank”');
    expect(describe(1204, '', { ...none, filtered: true })).toBe('1,204 results');
    expect(describe(3, 'diffusion transformer', { ...none, anyWord: true })).toBe('No paper has all of “diffusion transformer”; 3 results with some of these words.');
  });
  it('rejects a day without a digest, naming the digest days on either side of it', () => {
    expect(describe(0, '', { ...none, day: '2025-12-10', filtered: true })).toBe('No digest on 10 Dec 2025: the nearest are 9 Dec 2025 and 11 Dec 2025.');
    expect(describe(0, '', { ...none, day: '2026-01-01', filtered: true })).toBe('No digest on 1 Jan 2026: the nearest is 11 Dec 2025.');
    // What no date field would give (a five-digit year, a browser with a text field): named as written, never thrown.
    expect(describe(0, '', { ...none, day: '20251-01-01', filtered: true })).toBe('No digest on 20251-01-01: the nearest is 11 Dec 2025.');
    expect(describe(0, '', { ...none, day: 'friday', filtered: true })).toBe('No digest on friday: the nearest is 11 Dec 2025.');
  });
  it('rejects a search nothing matches with what to try instead', () => {
    expect(describe(0, 'xyzzy', none)).toBe('No results for “xyzzy” — try other words.');
    expect(describe(0, 'xyzzy', { ...none, filtered: true })).toBe('No results for “xyzzy” — try other words or fewer filters.');
    expect(describe(0, '', { ...none, day: '2025-12-09', filtered: true })).toBe('No results on 9 Dec 2025 — try fewer filters.');
  });
});
