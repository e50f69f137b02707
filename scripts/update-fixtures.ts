/**
 * Rewrites the fixtures' expected outputs from the current code: the parsers' expected.json and
 * LaTeX repair's output.html. Review the diff before committing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HF_FIXTURE_ROOT, listFixtures, snapshotFixture } from '../src/lib/parse-digest.fixtures.ts';
import { renderText } from '../src/lib/render-text.ts';

for (const c of [...listFixtures(), ...listFixtures(HF_FIXTURE_ROOT)]) {
  writeFileSync(c.expectedFile, `${JSON.stringify(snapshotFixture(c), null, 2)}\n`);
  console.log(`wrote ${c.expectedFile}`);
}

const LATEX_ROOT = path.join(import.meta.dirname, '..', 'src', 'lib', 'fixtures', 'repair-latex');
for (const name of readdirSync(LATEX_ROOT).sort()) {
  const out = path.join(LATEX_ROOT, name, 'output.html');
  writeFileSync(out, `${renderText(readFileSync(path.join(LATEX_ROOT, name, 'input.txt'), 'utf8'))}\n`);
  console.log(`wrote ${out}`);
}
