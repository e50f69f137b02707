/** Rewrites parser fixtures' expected.json from the current parser: review the diff before committing. */
import { writeFileSync } from 'node:fs';
import { HF_FIXTURE_ROOT, listFixtures, snapshotFixture } from '../src/lib/parse-digest.fixtures.ts';

for (const c of [...listFixtures(), ...listFixtures(HF_FIXTURE_ROOT)]) {
  writeFileSync(c.expectedFile, `${JSON.stringify(snapshotFixture(c), null, 2)}\n`);
  console.log(`wrote ${c.expectedFile}`);
}
