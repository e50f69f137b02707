import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { daysLoader, papersLoader } from './digest-loader.ts';

const SEED = path.resolve('seeds', '000_68f5369dbcaf82b9.txt');
const SEED_NAME = path.basename(SEED);

/** A content-layer context with an in-memory store; counts how often whole digest folders are hashed. */
function fakeContext(dev: boolean) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest: string }>();
  const counts = { folderHashes: 0 };
  const context = {
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest: string }) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: unknown) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      if (typeof value === 'string' && text.includes(SEED_NAME)) counts.folderHashes++;
      return createHash('sha256').update(text).digest('hex');
    },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    watcher: dev ? { add: () => {}, on: () => {} } : undefined,
  };
  return { context: context as unknown as LoaderContext, entries, counts };
}
const made: string[] = [];
function seedsWithOneDigest(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-loader-'));
  made.push(dir);
  copyFileSync(SEED, path.join(dir, SEED_NAME));
  process.env.SEEDS_DIR = dir;
  return dir;
}

describe('digest loaders', () => {
  const previous = process.env.SEEDS_DIR;
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = previous;
  });

  it('parses the digests once per build for both collections: the second loader neither reads nor hashes them again', async () => {
    seedsWithOneDigest();
    const papers = fakeContext(false);
    const days = fakeContext(false);
    await papersLoader().load(papers.context);
    await daysLoader().load(days.context);
    expect(papers.counts.folderHashes).toBe(1);
    expect(days.counts.folderHashes).toBe(0);
    expect(papers.entries.size).toBeGreaterThan(10);
    const [day] = [...days.entries.values()];
    const listed = (day?.data.entries as { slug: string }[]).map((e) => e.slug);
    expect(listed.every((slug) => papers.entries.has(slug))).toBe(true);
  });

  it('rejects the parsed corpus once a digest changed, in a build as in the dev server', async () => {
    for (const dev of [false, true]) {
      const dir = seedsWithOneDigest();
      const first = fakeContext(dev);
      await papersLoader().load(first.context);
      // The seed's last record again, under a new title: one more paper in the same digest.
      const text = readFileSync(SEED, 'utf8');
      const last = 'Training Bayesian Neural Networks with Sparse Subspace Variational Inference';
      expect(text).toContain(last);
      const title = 'A Paper Added After The First Load';
      appendFileSync(path.join(dir, SEED_NAME), `\n\n${text.slice(text.lastIndexOf(last)).replace(last, title)}`);
      const second = fakeContext(dev);
      await papersLoader().load(second.context);
      expect(second.entries.size, `dev=${dev}`).toBe(first.entries.size + 1);
      expect([...second.entries.values()].some((e) => e.data.title === title)).toBe(true);
    }
  });

  it('compares contents in the dev server, where an editor may save twice within the clock resolution', async () => {
    seedsWithOneDigest();
    const papers = fakeContext(true);
    const days = fakeContext(true);
    await papersLoader().load(papers.context);
    await daysLoader().load(days.context);
    expect(papers.counts.folderHashes + days.counts.folderHashes).toBe(2);
  });

  it('lets go of the parsed corpus in a build once both loaders took it, so rendering does not carry a third copy', async () => {
    seedsWithOneDigest();
    await papersLoader().load(fakeContext(false).context);
    await daysLoader().load(fakeContext(false).context);
    // Nothing changed, yet the next load parses again: nothing kept the corpus.
    const again = fakeContext(false);
    await papersLoader().load(again.context);
    expect(again.counts.folderHashes).toBe(1);
  });

  it('keeps the parsed corpus in the dev server, where the next change compares against it', async () => {
    seedsWithOneDigest();
    await papersLoader().load(fakeContext(true).context);
    await daysLoader().load(fakeContext(true).context);
    const again = fakeContext(true);
    let parses = 0;
    again.context.logger.info = () => void parses++; // the corpus summary is logged once per parse
    await papersLoader().load(again.context);
    expect(parses).toBe(0);
  });
});
