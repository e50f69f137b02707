import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPAIR_TRIGGER, RULES, repairLatexSegments, repairLatexText } from './latex-repair.ts';
import { renderText } from './render-text.ts';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'repair-latex');

describe('remarkRepairLatex fixtures (input.txt → output.html)', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(`${name === 'ordinary-words' || name === 'url-untouched' ? 'rejects' : 'parses'} ${name}`, () => {
      const input = readFileSync(path.join(ROOT, name, 'input.txt'), 'utf8');
      const out = path.join(ROOT, name, 'output.html');
      const html = `${renderText(input)}\n`;
      if (!existsSync(out) && process.env.UPDATE_FIXTURES) writeFileSync(out, html);
      expect(html).toBe(readFileSync(out, 'utf8'));
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
  it('turns emphasis macros into emphasis segments', () => {
    expect(repairLatexSegments('{\\em very} \\method{}')).toEqual([
      { type: 'emphasis', value: 'very' }, { type: 'text', value: ' ' }, { type: 'emphasis', value: 'method' },
    ]);
  });
});

describe('REPAIR_TRIGGER', () => {
  // Every fixture line, the documented remnants, and each fixture line cut at every word (a rule may match at either end).
  const samples = readdirSync(ROOT).flatMap((name) => readFileSync(path.join(ROOT, name, 'input.txt'), 'utf8').split('\n'))
    .concat(['ell_2, 8timesH100, 5.17times, sim30B, mgg 1, widetilde O(d/(nvarepsilon_DP)), mathcal{O}(d^2), \\%, Fr\\\'echet', 'ntimes d', 'a Rightarrow b'])
    .flatMap((line) => line.split(' ').map((_, i, words) => words.slice(i).join(' ')));
  it('parses every text some rule matches (it is a superset of the rules)', () => {
    for (const text of samples) {
      for (const [pattern] of RULES) {
        if (new RegExp(pattern.source).test(text)) expect(REPAIR_TRIGGER.test(text), `${pattern} on ${text}`).toBe(true);
      }
    }
  });
  it('rejects ordinary prose, so most text skips the rules', () => {
    expect(REPAIR_TRIGGER.test('We train a narrow model; sometimes it is three times faster than a bigger one at logging 10 runs.')).toBe(false);
  });
});
