import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runWorker } from './run-worker.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('runWorker', () => {
  it('answers a worker\'s questions one at a time, in order, and resolves with its result', async () => {
    const asked: number[] = [];
    const result = await runWorker<{ sum: number; seen: number[] }>(fixture('asking-worker.ts'), null, (i: number) => {
      asked.push(i);
      return (i + 1) * 10;
    });
    expect(asked).toEqual([0, 1, 2]);
    expect(result).toEqual({ sum: 60, seen: [10, 20, 30] });
  });

  it('waits for answers given as promises, and keeps their order', async () => {
    const result = await runWorker<{ sum: number; seen: number[] }>(fixture('asking-worker.ts'), null, async (i: number) => {
      await new Promise((resolve) => setTimeout(resolve, (3 - i) * 5));
      return i + 1;
    });
    expect(result).toEqual({ sum: 6, seen: [1, 2, 3] });
  });

  it('rejects when an answer fails, and stops the worker', async () => {
    await expect(runWorker(fixture('asking-worker.ts'), null, async (i: number) => {
      if (i === 1) throw new Error('no documents for shard 1');
      return i;
    })).rejects.toThrow('no documents for shard 1');
  });

  it('rejects when a worker asks and nobody answers, and stops the worker', async () => {
    await expect(runWorker(fixture('asking-worker.ts'), null)).rejects.toThrow(/asked for input nobody provides/);
  });

  it('rejects with the error a worker throws', async () => {
    await expect(runWorker(fixture('failing-worker.ts'), null)).rejects.toThrow('shard 2 could not be indexed');
  });

  it('settles only once the worker has exited, not when its result arrives', async () => {
    const started = performance.now();
    let settledAt = 0;
    const run = runWorker<string>(fixture('lingering-worker.ts'), null).then((r) => { settledAt = performance.now(); return r; });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(settledAt).toBe(0); // the result was posted at once, but the worker is still alive
    expect(await run).toBe('done');
    expect(settledAt - started).toBeGreaterThanOrEqual(400);
  });

  it('rejects a message that is neither a result nor a question, and stops the worker', async () => {
    const workers = () => process.getActiveResourcesInfo().filter((r) => r === 'Worker').length;
    const before = workers();
    await expect(runWorker(fixture('chatty-worker.ts'), null)).rejects.toThrow('posted 42, expected { result } or { ask }');
    // Stopped, not left to run its minute.
    await expect.poll(workers, { timeout: 2_000 }).toBe(before);
  });

  it('rejects when a worker exits without a result', async () => {
    await expect(runWorker(fixture('silent-worker.ts'), null)).rejects.toThrow(/exited with code 0 without a result/);
  });
});
