/**
 * One lane for the memory-heavy jobs that run beside page rendering: a
 * Pagefind shard and the offline search index each need hundreds of MB, and
 * run one after another instead of together, so the build's peak memory is
 * the page renderer plus the largest one, not their sum. They share the
 * second core anyway, so taking turns costs little time.
 *
 * The lane is process-wide (a global symbol): the Pagefind integration is
 * loaded with the config, the offline index by the bundled pages, and both
 * must see the same queue.
 */
const LANE = Symbol.for('broadsheet.heavy-lane');

type Holder = { [LANE]?: Promise<void> };

/**
 * Waits for the lane, first come first served, and resolves with the function
 * that hands it on. Call that exactly once, when the job's memory is given back.
 */
export function enterHeavyLane(): Promise<() => void> {
  const holder = globalThis as Holder;
  const ahead = holder[LANE] ?? Promise.resolve();
  let leave!: () => void;
  const left = new Promise<void>((resolve) => (leave = resolve));
  holder[LANE] = ahead.then(() => left);
  return ahead.then(() => leave);
}

/** Runs `job` once it has the lane, and hands the lane on when it settles. */
export async function runInHeavyLane<T>(job: () => Promise<T>): Promise<T> {
  const leave = await enterHeavyLane();
  try {
    return await job();
  } finally {
    leave();
  }
}
