/**
 * `npm run --silent digest -- FILE...`: prints the parsed digests as JSON.
 * Exits 1, with the problems on stderr, when a file cannot be parsed.
 */
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { exportDigest } from '../src/lib/export-json.ts';
import { readDigest } from '../src/loaders/read-digests.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent digest -- FILE...\n');
  process.exitCode = 2;
}
let failed = false;
const out = files.map((file) => {
  try {
    const parsed = readDigest(file);
    for (const p of parsed.problems) process.stderr.write(`${formatDiagnostic(p)}\n\n`);
    if (parsed.date === null || parsed.problems.some((p) => p.severity === 'error')) failed = true;
    return exportDigest(parsed);
  } catch (error) {
    failed = true;
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    return { file, date: null, records: [], problems: [] };
  }
});
// exitCode, not exit(): exiting at once would cut off output still queued for a pipe.
if (files.length > 0) {
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.exitCode = failed ? 1 : 0;
}
