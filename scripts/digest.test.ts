import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const run = (...files: string[]) => spawnSync(process.execPath, ['scripts/digest.ts', ...files], { cwd: ROOT, encoding: 'utf8' });

describe('npm run digest', () => {
  it('parses the seeds to the documented JSON shape', () => {
    const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);
    const result = run(...seeds);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { file: string; date: string; records: Record<string, unknown>[]; problems: unknown[] }[];
    expect(out.map((d) => [d.file, d.date, d.records.length])).toEqual([
      ['seeds/000_68f5369dbcaf82b9.txt', '2025-11-06', 37], ['seeds/001_28bed3adb2d7f8e2.txt', '2025-12-11', 46],
      ['seeds/002_9993b9f833ed6e1f.txt', '2025-12-09', 31], ['seeds/003_341d35e195483924.txt', '2025-12-10', 33],
    ]);
    expect(Object.keys(out[0]?.records[0] ?? {})).toEqual(['title', 'abstract', 'authors', 'organization', 'published', 'upvotes']);
    expect(out[2]?.records.find((r) => r.organization)?.organization).toBe('Tencent');
  });
  it('rejects an unparseable file with exit status 1 and the problems on stderr', () => {
    const result = run('src/lib/fixtures/parse-digest/reject-missing-separator/digest.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('reject-missing-separator/digest.txt:18:1 error [missing-separator]');
    expect(JSON.parse(result.stdout)[0].records).toHaveLength(1);
  });
  it('rejects a missing file with exit status 1', () => {
    const result = run('seeds/does-not-exist.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('does-not-exist.txt');
  });
});
