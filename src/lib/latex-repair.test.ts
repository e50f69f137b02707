import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasNeedle, RULES, repairLatexSegments, repairLatexText } from './latex-repair.ts';
import { renderText } from './render-text.ts';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'repair-latex');
/** The text of rendered HTML: tags dropped, entities decoded, white space collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '')
  .replace(/\s+/g, ' ').replace(/ ([.,;:)]|$)/g, '$1').trim();

describe('remarkRepairLatex fixtures (input.txt → output.html)', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(`${name === 'ordinary-words' || name === 'url-untouched' ? 'rejects' : 'parses'} ${name}`, () => {
      const input = readFileSync(path.join(ROOT, name, 'input.txt'), 'utf8');
      // Expected outputs are written by `npm run update-fixtures` and reviewed, never by the test itself.
      const output = `${renderText(input)}\n`;
      expect(output).toBe(readFileSync(path.join(ROOT, name, 'output.html'), 'utf8'));
      // What these fixtures hold must come out as written, links aside: checked here, not only in the reviewed file.
      if (name === 'ordinary-words') expect(textOf(output)).toBe(input.replace(/\s+/g, ' ').trim());
      if (name === 'url-untouched') {
        const addresses = [...input.matchAll(/(?:https?:\/\/)?[\w.-]+\.(?:org|com|co|edu)\/[^\s,{}]*[^\s,.{}]/g)].map((m) => m[0]);
        expect(addresses.length).toBeGreaterThan(3);
        for (const address of addresses) expect(textOf(output), address).toContain(address);
      }
    });
  }
});

describe('repairLatexText', () => {
  it('parses the documented remnants into Unicode', () => {
    expect(repairLatexText('ell_2, 8timesH100, 5.17times, sim30B, mgg 1, widetilde O(d/(nvarepsilon_DP)), mathcal{O}(d^2), \\%, Fr\\\'echet'))
      .toBe('ℓ₂, 8×H100, 5.17×, ~30B, m ≫ 1, Õ(d/(nε_DP)), 𝒪(d²), %, Fréchet');
  });
  it('rejects ordinary words: well, times in prose, simulation, egg, all, sometimes', () => {
    const prose = 'well, three times as fast, simulation, an egg 1, all 3, sometimes, T times J, dwell_2';
    expect(repairLatexText(prose)).toBe(prose);
  });
  it('parses text around web addresses and leaves the addresses as written', () => {
    expect(repairLatexText('Code at \\url{https://github.com/a/sim2_{x}, data at https://x.org/ell_2/times3. With ell_2 loss'))
      .toBe('Code at https://github.com/a/sim2_{x}, data at https://x.org/ell_2/times3. With ℓ₂ loss');
  });
  it('parses emphasis around an address: the emphasis goes, the address stays whole', () => {
    expect(repairLatexText('{\\em see https://x.org/ell_2} now with ell_2')).toBe('see https://x.org/ell_2 now with ℓ₂');
  });
  it('rejects repairs inside an address made of remnant-like words', () => {
    const text = 'see https://example.org/sim30B/8times/ell_2/x^2';
    expect(repairLatexText(text)).toBe(text);
  });
  it('turns emphasis macros into emphasis segments', () => {
    expect(repairLatexSegments('{\\em very} \\method{}')).toEqual([
      { type: 'emphasis', value: 'very' }, { type: 'text', value: ' ' }, { type: 'emphasis', value: 'method' },
    ]);
  });
});

describe('rule needles', () => {
  // Every fixture line, the documented remnants, and each fixture line cut at every word (a rule may match at either end).
  const samples = readdirSync(ROOT).flatMap((name) => readFileSync(path.join(ROOT, name, 'input.txt'), 'utf8').split('\n'))
    .concat(['ell_2, 8timesH100, 5.17times, sim30B, mgg 1, widetilde O(d/(nvarepsilon_DP)), mathcal{O}(d^2), \\%, Fr\\\'echet', 'ntimes d', 'a Rightarrow b', '\\alpha \\ell'])
    .flatMap((line) => line.split(' ').map((_, i, words) => words.slice(i).join(' ')));
  it('parses: every text a rule matches contains that rule\'s needle', () => {
    let matched = 0;
    for (const text of samples) {
      for (const [needle, pattern] of RULES) {
        if (!new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)) continue;
        matched++;
        expect(hasNeedle(text, needle), `${pattern} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(RULES.length);
  });
  it('rejects ordinary prose: no rule finds its needle in it', () => {
    const prose = 'We train a small model on three datasets and report accuracy.';
    expect(RULES.filter(([needle]) => hasNeedle(prose, needle))).toEqual([]);
  });
});
