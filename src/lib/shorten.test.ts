import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenText } from './shorten.ts';

describe('shortenText', () => {
  it('keeps text that fits, with white space collapsed', () => {
    expect(shortenText('  A short\n abstract. ', 40)).toBe('A short abstract.');
    expect(shortenText('exactly ten', 11)).toBe('exactly ten');
  });

  it('parses long text into a cut at a word boundary, ellipsis included in the limit', () => {
    const out = shortenText('Large language models reason over long contexts with sparse attention.', 40);
    expect(out).toBe('Large language models reason over long…');
    expect(out.length).toBeLessThanOrEqual(40);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shortenText('We propose CLIMB, a framework; it discovers mixtures.', 32)).toBe('We propose CLIMB, a framework…');
  });

  it('cuts a word that leaves no boundary late enough, but never inside a surrogate pair', () => {
    expect(shortenText('Supercalifragilisticexpialidocious words', 12)).toBe('Supercalifr…');
    const out = shortenText('abcdefgh𝒪(d²) bound', 10);
    expect(out).toBe('abcdefgh…');
    expect(out.length).toBeLessThanOrEqual(10);
  });

  it('decides from a prefix exactly as from the whole text, however the white space runs', () => {
    // The plain definition, written out: collapse everything, then cut. The function only collapses a prefix when it can.
    const cutWhole = (text: string, max: number) => {
      const flat = text.replace(/\s+/g, ' ').trim();
      if (flat.length <= max) return flat;
      let cut = max - 1;
      if (/[\uD800-\uDBFF]/.test(flat[cut - 1] ?? '')) cut--;
      const space = flat.lastIndexOf(' ', cut);
      if (space >= Math.ceil(max * 0.6)) cut = space;
      return `${flat.slice(0, cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
    };
    const piece = fc.constantFrom('a', 'bc', 'word', ' ', '  ', '\n\t', ', ', '—', '𝒪', '. ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }).map((p) => p.join('')), fc.integer({ min: 2, max: 60 }), (text, max) => {
      expect(shortenText(text, max)).toBe(cutWhole(text, max));
    }), { numRuns: 2000 });
  });

  it('rejects a limit too small to hold a character and the ellipsis', () => {
    expect(() => shortenText('abc', 1)).toThrow(/whole number ≥ 2, not 1/);
    expect(() => shortenText('abc', 2.5)).toThrow(/not 2.5/);
  });
});
