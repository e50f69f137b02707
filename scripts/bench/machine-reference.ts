/**
 * A fixed workload the bench times beside every build. This VM's speed drifts
 * (the same commit built 10,000 papers in 22.6 s one day and 43.6 s another,
 * and by 10–20% within a day), so a build's seconds mean little without a
 * measure of the machine at that moment: compare builds by their ratio to it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Milliseconds the two halves of the reference workload took. */
export interface MachineReference {
  /** JavaScript work of the kind a build does: building, serialising, hashing and sorting strings. */
  cpuMs: number;
  /** Writing pages as Astro does: a folder and an `index.html` of 14 KB each, 1,000 times. */
  filesMs: number;
}

/** Deterministic pseudo-random words, so every run does the same work. */
function words(count: number, seed: number): string[] {
  let x = seed >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out.push(x.toString(36));
  }
  return out;
}

function cpuWork(): void {
  const vocabulary = words(5000, 7);
  const records = Array.from({ length: 20000 }, (_, i) => ({
    id: i,
    title: vocabulary.slice(i % 4000, (i % 4000) + 12).join(' '),
    abstract: vocabulary.slice(i % 3000, (i % 3000) + 200).join(' '),
  }));
  const json = JSON.stringify(records);
  const parsed = JSON.parse(json) as typeof records;
  const hash = createHash('sha256');
  for (const r of parsed) hash.update(`<article><h2>${r.title}</h2><p>${r.abstract.replace(/\s+/g, ' ')}</p></article>`);
  hash.digest('hex');
  parsed.map((r) => r.title).sort();
}

async function fileWork(dir: string): Promise<void> {
  const body = Buffer.from('x'.repeat(14 * 1024));
  for (let i = 0; i < 1000; i++) {
    const folder = path.join(dir, 'papers', `paper-${i}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.html'), body);
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs the reference workload in `scratch` (created, then removed): the median of three timings of each half. */
export async function measureMachine(scratch: string): Promise<MachineReference> {
  cpuWork(); // compiles it: the timed runs measure the machine, not the JIT
  const cpu: number[] = [];
  const files: number[] = [];
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    cpuWork();
    cpu.push(performance.now() - t);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    t = performance.now();
    await fileWork(scratch);
    files.push(performance.now() - t);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { cpuMs: median(cpu), filesMs: median(files) };
}
