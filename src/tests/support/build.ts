/**
 * Builds the site into a scratch folder for tests that need a variant build
 * (a sub-path, other seeds), through the same `scripts/build.mjs` as
 * `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Scratch folder for test builds (gitignored). */
export const SCRATCH = path.resolve('.broadsheet');

/** Runs the build into `SCRATCH/<name>` with extra environment; returns the folder, throws with the output on failure. */
export function buildVariant(name: string, env: Record<string, string>): string {
  const outDir = path.join(SCRATCH, name);
  const result = spawnSync(process.execPath, [path.resolve('scripts/build.mjs')], {
    env: { ...process.env, ...env, DIST_DIR: outDir }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build ${name} failed (status ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return outDir;
}
