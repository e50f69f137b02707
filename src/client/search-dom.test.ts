import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyScript } from '../data/assets.ts';
import { formatCount } from '../lib/counts.ts';
import { addDays, formatDisplayDate } from '../lib/dates.ts';

/** The classic script's helpers as shipped, run as a browser runs it (a global `window`, no modules). */
const dom = (() => {
  const window: { BroadsheetDom?: { formatCount: (n: number) => string; formatDate: (iso: string) => string } } = {};
  runInNewContext(minifyScript(readFileSync(path.join(import.meta.dirname, 'search-dom.ts'), 'utf8')), { window });
  return window.BroadsheetDom!;
})();

describe('search-dom.ts, the search scripts\' copy of the pages\' formats', () => {
  it('parses counts into the text the pages print (lib/counts.ts formatCount)', () => {
    for (const n of [0, 1, 12, 999, 1000, 9495, 10000, 123456, 1234567, 100000000]) expect(dom.formatCount(n), String(n)).toBe(formatCount(n));
  });
  it('parses every day of two years, a leap day among them, into the pages\' display date (lib/dates.ts formatDisplayDate)', () => {
    for (let day = '2024-01-01'; day < '2026-01-01'; day = addDays(day, 1)) expect(dom.formatDate(day), day).toBe(formatDisplayDate(day));
  });
  it('rejects nothing the pages would print differently: a count that is no whole number stays as written', () => {
    expect(dom.formatCount(2.5)).toBe(formatCount(2.5));
  });
});

describe('minifyScript, the browser scripts as shipped', () => {
  it('parses TypeScript that imports types only into a classic script, types and imports gone', () => {
    const code = minifyScript("import type { X } from './x.ts';\nwindow.f = function (a: X): number { return a.n ?? 0; };");
    expect(code).not.toMatch(/\bimport\b|: X|\?\?/);
    const window: { f?: (a: { n?: number }) => number } = {};
    runInNewContext(code, { window });
    expect(window.f!({ n: 3 })).toBe(3);
    expect(window.f!({})).toBe(0);
  });
  it('rejects a script that imports a value: it would be a module, which pages opened from disk refuse', () => {
    expect(() => minifyScript("import { y } from './y.ts';\nwindow.f = () => y;")).toThrow(/does not compile as a classic script/);
    expect(() => minifyScript("window.f = 1;\nexport const g = 2;")).toThrow(/does not compile as a classic script/);
  });
});
