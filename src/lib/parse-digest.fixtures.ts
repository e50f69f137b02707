/**
 * Fixture folders for the digest parser: each folder under
 * `fixtures/parse-digest/` holds one digest file and `expected.json`
 * (the export shape, with problems reduced to code, severity, line and column).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exportDigest } from './export-json.ts';
import { parseDigestFile } from './digest-formats.ts';

/** The text digests' fixture folders. */
const FIXTURE_ROOT = path.join(import.meta.dirname, 'fixtures', 'parse-digest');
/** The Hugging Face JSON fixture folders. */
export const HF_FIXTURE_ROOT = path.join(import.meta.dirname, 'fixtures', 'parse-hf-json');

/** One fixture case. */
export interface FixtureCase {
  name: string;
  inputFile: string;
  expectedFile: string;
}

/** Lists the fixture cases (text digests, or Hugging Face JSON with `root`). */
export function listFixtures(root = FIXTURE_ROOT): FixtureCase[] {
  return readdirSync(root).sort().map((name) => {
    const dir = path.join(root, name);
    const input = readdirSync(dir).find((f) => f !== 'expected.json' && /\.(txt|json)$/.test(f));
    if (!input) throw new Error(`fixture ${name} has no input`);
    return { name, inputFile: path.join(dir, input), expectedFile: path.join(dir, 'expected.json') };
  });
}

/** What a fixture's expected.json holds: the export, with each problem's code, severity and position. */
export type FixtureSnapshot = Record<string, unknown> & { problems: { code: string; severity: string; line: number; column: number }[] };

/** What a fixture's expected.json holds for its input. */
export function snapshotFixture(c: FixtureCase): FixtureSnapshot {
  const out = exportDigest(parseDigestFile(readFileSync(c.inputFile, 'utf8'), path.basename(c.inputFile)));
  return {
    ...out,
    problems: out.problems.map(({ code, severity, line, column }) => ({ code, severity, line, column })),
  };
}
