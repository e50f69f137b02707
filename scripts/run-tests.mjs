#!/usr/bin/env node
/**
 * `npm test`: every gate in order, then one summary. Each suite runs even when
 * an earlier one failed (except that site and browser suites need a build), so
 * one run shows everything that is wrong.
 *
 *   check    astro check (types of .astro and .ts)
 *   unit     vitest, beside the code
 *   build    astro build of the seeds into dist/
 *   site     vitest on dist/
 *   browser  vitest driving Debian chromium (`npm run test:browser`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = mkdtempSync(path.join(tmpdir(), 'broadsheet-tests-'));
const results = [];

function run(name, command, args, { vitest = false } = {}) {
  const started = Date.now();
  const report = path.join(reports, `${name}.json`);
  const extra = vitest ? ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`] : [];
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const status = spawnSync(command, [...args, ...extra], { cwd: root, stdio: 'inherit', env: process.env }).status;
  const result = { name, ok: status === 0, seconds: (Date.now() - started) / 1000, passed: null, failed: null };
  if (vitest && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    result.passed = json.numPassedTests;
    result.failed = json.numFailedTests;
    // A suite that found no test (a moved folder, a broken include) has tested nothing: that is a failure, not a pass.
    if (json.numTotalTests === 0) result.ok = false;
  } else if (vitest) {
    result.ok = false;
  }
  results.push(result);
  return result.ok;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vitest = (project) => ['exec', '--', 'vitest', 'run', '--config', 'scripts/vitest.config.ts', '--project', project];

run('check', npm, ['run', '--silent', 'check']);
run('unit', npm, vitest('unit'), { vitest: true });
if (run('build', npm, ['run', '--silent', 'build'])) {
  run('site', npm, vitest('site'), { vitest: true });
  // Through its npm script, which installs chromium first; vitest's reporter flags follow `--`.
  run('browser', npm, ['run', '--silent', 'test:browser', '--'], { vitest: true });
}
rmSync(reports, { recursive: true, force: true });

const line = (r) => `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(8)} ${r.passed === null ? '' : `${r.passed} passed, ${r.failed} failed`.padEnd(22)} ${r.seconds.toFixed(1)}s${r.passed === 0 && r.failed === 0 ? ' (no tests found)' : ''}`;
const tests = results.reduce((a, r) => ({ passed: a.passed + (r.passed ?? 0), failed: a.failed + (r.failed ?? 0) }), { passed: 0, failed: 0 });
const bad = results.filter((r) => !r.ok);
console.log(`\nSummary: ${results.length} suites, ${results.length - bad.length} ok, ${bad.length} failed; tests ${tests.passed} passed, ${tests.failed} failed`);
for (const r of results) console.log(line(r));
process.exit(bad.length === 0 ? 0 : 1);
