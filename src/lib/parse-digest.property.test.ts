/**
 * Property-based robustness of the parser: thousands of mutations of the real
 * seeds never make it throw, and every record-looking block is either parsed
 * or reported.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDigest, splitLines } from './parse-digest.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));

type Mutation =
  | { kind: 'drop' | 'duplicate' | 'truncate'; at: number; by?: number }
  | { kind: 'swap'; at: number; by: number }
  | { kind: 'bytes'; at: number; text: string }
  | { kind: 'crlf' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop', 'duplicate', 'truncate' as const), at: fc.nat(), by: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), by: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);

function apply(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.kind === 'crlf' ? 0 : m.at % lines.length;
    if (m.kind === 'drop') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (m.kind === 'truncate') lines[i] = (lines[i] ?? '').slice(0, (m.by ?? 0) % ((lines[i]?.length ?? 0) + 1));
    else if (m.kind === 'swap') { const j = m.by % lines.length; [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']; }
    else if (m.kind === 'bytes') { const l = lines[i] ?? ''; const c = l.length ? m.at % l.length : 0; lines[i] = l.slice(0, c) + m.text + l.slice(c); }
    else if (m.kind === 'crlf') lines = lines.map((l) => `${l}\r`);
  }
  return lines.join('\n');
}

/**
 * Metadata blocks: each `·` line (a run of `·` lines with only blank lines between counts once, it
 * is one damaged block). Each block must end up in a parsed record or a problem.
 */
function countSeparators(text: string): number {
  const lines = splitLines(text).map((l) => l.trim()).filter(Boolean);
  return lines.filter((l, i) => l === '·' && lines[i - 1] !== '·').length;
}

describe('parseDigest under mutation', () => {
  it('parses thousands of mutated seeds without throwing, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds.keys()), fc.array(mutation, { minLength: 1, maxLength: 8 }), (seedIndex, mutations) => {
        const text = apply(seeds[seedIndex] ?? '', mutations);
        const result = parseDigest(text, 'mutated.txt');
        // Never anything but diagnostics: all problems are well-formed.
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
        }
        // Every metadata block (one `·` each) is either part of a parsed record or reported.
        const complete = result.records.filter((r) => !r.truncated).length;
        const errors = result.problems.filter((p) => p.severity === 'error').length;
        const separators = countSeparators(text);
        expect(complete).toBeLessThanOrEqual(splitLines(text).filter((l) => l.trim() === '·').length);
        expect(complete + errors).toBeGreaterThanOrEqual(separators);
        // Every skipped record was reported.
        expect(errors).toBeGreaterThanOrEqual(result.skipped);
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    // 3,000 whole-digest parses took 4.7–6.8 s on this machine on one day: a correctness test, not a timing one.
  }, 60_000);

  it('rejects nothing silently: a record whose metadata is damaged is reported, not dropped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds.keys()), fc.nat(), (seedIndex, pick) => {
        const lines = (seeds[seedIndex] ?? '').split('\n');
        const dots = lines.flatMap((l, i) => (l.trim() === '·' ? [i] : []));
        const at = dots[pick % dots.length] ?? 0;
        lines.splice(at, 1); // drop one `·`
        const result = parseDigest(lines.join('\n'), 'mutated.txt');
        const before = parseDigest(seeds[seedIndex] ?? '', 'seed.txt').records.length;
        expect(result.records.length + result.skipped).toBeGreaterThanOrEqual(before - 1);
        expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
