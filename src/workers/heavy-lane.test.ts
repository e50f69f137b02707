import { describe, expect, it } from 'vitest';
import { enterHeavyLane, runInHeavyLane } from './heavy-lane.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('heavy lane', () => {
  it('runs jobs one at a time, in the order they asked', async () => {
    const log: string[] = [];
    let running = 0;
    const job = (name: string) => runInHeavyLane(async () => {
      running++;
      log.push(`${name} starts with ${running} running`);
      await tick();
      running--;
      return name;
    });
    expect(await Promise.all([job('a'), job('b'), job('c')])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a starts with 1 running', 'b starts with 1 running', 'c starts with 1 running']);
  });

  it('rejects a job\'s error without blocking the lane', async () => {
    await expect(runInHeavyLane(async () => { throw new Error('shard failed'); })).rejects.toThrow('shard failed');
    expect(await runInHeavyLane(async () => 'next')).toBe('next');
  });

  it('keeps a waiting job out until the holder leaves', async () => {
    const leave = await enterHeavyLane();
    let started = false;
    const waiting = runInHeavyLane(async () => { started = true; });
    await tick();
    expect(started).toBe(false);
    leave();
    await waiting;
    expect(started).toBe(true);
  });
});
