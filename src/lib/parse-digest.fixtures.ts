/**
 * Fixture folders for the digest parser: each folder under
 * `fixtures/parse-digest/` holds one digest file and `expected.json`
 * (the export shape, with problems reduced to code, severity, line and column).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exportDigest } from './export-json.ts';
import { parseDigest } from './parse-digest.ts';

export const FIXTURE_ROOT = path.join(import.meta.dirname, 'fixtures', 'parse-digest');

/** One fixture case. */
export interface FixtureCase {
  name: string;
  inputFile: string;
  expectedFile: string;
}

/** Lists the fixture cases. */
export function listFixtures(): FixtureCase[] {
  return readdirSync(FIXTURE_ROOT).sort().map((name) => {
    const dir = path.join(FIXTURE_ROOT, name);
    const input = readdirSync(dir).find((f) => f.endsWith('.txt'));
    if (!input) throw new Error(`fixture ${name} has no .txt input`);
    return { name, inputFile: path.join(dir, input), expectedFile: path.join(dir, 'expected.json') };
  });
}

/** What a fixture's expected.json holds for its input. */
export function snapshotFixture(c: FixtureCase): unknown {
  const out = exportDigest(parseDigest(readFileSync(c.inputFile, 'utf8'), path.basename(c.inputFile)));
  return {
    ...out,
    problems: out.problems.map(({ code, severity, line, column }) => ({ code, severity, line, column })),
  };
}
