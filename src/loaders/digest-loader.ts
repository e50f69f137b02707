/**
 * Astro content loaders for digests: thin glue between the file system, the
 * pure parser in `src/lib/` and Astro's data store. Both collections share one
 * parse per change of the input files.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, formatSummary, type Corpus } from '../lib/corpus.ts';
import { DigestError, formatDiagnostic } from '../lib/diagnostics.ts';
import { parseDigestFile } from '../lib/digest-formats.ts';
import { isLenient, seedsDir } from '../lib/site-config.ts';
import { DIGEST_EXTENSIONS, digestName, listDigestFiles } from './read-digests.ts';

/** The loaders that share one parse: `papersLoader` and `daysLoader`. */
const CONSUMERS = ['broadsheet-papers', 'broadsheet-days'] as const;
type Consumer = (typeof CONSUMERS)[number];
let cached: { fingerprint: string; stamp: string; corpus: Corpus; takenBy: Set<Consumer> } | null = null;

/** Name, size, modification time (ns) and inode of every digest file. */
const stampOf = (files: string[]): string => files.map((f) => {
  const info = statSync(f, { bigint: true });
  return `${f}\0${info.size}\0${info.mtimeNs}\0${info.ino}`;
}).join('\0');

/** The corpus for one of the two loaders; a build lets go of it once both have it. */
function loadCorpus(context: LoaderContext, consumer: Consumer): Corpus {
  const corpus = readCorpus(context);
  if (!context.watcher && cached) {
    cached.takenBy.add(consumer);
    // A build syncs once: once every loader has its corpus, the cache would only keep every parsed
    // title and abstract alive through rendering (with Astro's synced store, released by
    // `data-store-on-disk.ts`: ~130 MB of old space at 30,000 papers).
    if (CONSUMERS.every((c) => cached?.takenBy.has(c))) cached = null;
  }
  return corpus;
}

/**
 * Reads the digest folder; reuses the last corpus while no file changed.
 * Both collections load the same corpus in one content sync. In a build (no
 * watcher) nothing edits the digests between their two loaders, so the
 * second one trusts the files' sizes and times instead of reading and hashing
 * every digest again (5.7 s at 100,000 papers). The dev server always
 * compares contents: an editor may save twice within the clock's resolution.
 */
function readCorpus(context: LoaderContext): Corpus {
  const files = listDigestFiles(seedsDir());
  // The dev server never trusts stamps, so it does not stat every digest on each change either.
  const stamp = context.watcher ? '' : stampOf(files);
  if (stamp && cached?.stamp === stamp) return cached.corpus;
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const fingerprint = context.generateDigest(files.map((f, i) => `${f}\0${texts[i]}`).join('\0'));
  if (cached?.fingerprint === fingerprint) {
    cached.stamp = stamp;
    return cached.corpus;
  }
  // Parsed from the texts already read for the fingerprint: each file is read once.
  const parsed = files.map((f, i) => parseDigestFile(texts[i] ?? '', digestName(f)));
  let corpus: Corpus;
  try {
    // A copy: the parser's strings are slices of whole digest files, and V8 keeps a file's
    // text alive for as long as any title or abstract sliced from it (about 110 MB at 30k papers).
    corpus = structuredClone(buildCorpus(parsed, { lenient: isLenient() }));
  } catch (error) {
    if (error instanceof DigestError) {
      error.message += '\n\nFix the input, or set BROADSHEET_LENIENT=1 to skip these records with warnings.';
    }
    throw error;
  }
  for (const problem of corpus.problems) context.logger.warn(formatDiagnostic(problem));
  context.logger.info(formatSummary(corpus.stats));
  cached = { fingerprint, stamp, corpus, takenBy: new Set() };
  return corpus;
}

function watchDigests(context: LoaderContext, reload: () => Promise<void>): void {
  const { watcher } = context;
  if (!watcher) return;
  const dir = seedsDir();
  watcher.add(dir);
  const onChange = (changed: string) => {
    if (path.dirname(path.resolve(changed)) !== dir) return;
    if (!DIGEST_EXTENSIONS.includes(path.extname(changed).toLowerCase())) return;
    reload().catch((error: unknown) => context.logger.error(String((error as Error).message ?? error)));
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

function defineDigestLoader(name: Consumer, sync: (context: LoaderContext, corpus: Corpus) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      const run = async () => sync(context, loadCorpus(context, name));
      await run();
      watchDigests(context, run);
    },
  };
}

async function replaceEntries(context: LoaderContext, items: { id: string; data: Record<string, unknown> }[]): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const keep = new Set(items.map((i) => i.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  for (const { id, data } of items) {
    const digest = generateDigest(data);
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data }), digest });
  }
}

/** One entry per distinct paper, id = slug. */
export function papersLoader(): Loader {
  return defineDigestLoader('broadsheet-papers', (context, corpus) =>
    replaceEntries(context, corpus.papers.map((p) => ({ id: p.slug, data: { ...p } }))));
}

/** One entry per digest day, id = `YYYY-MM-DD`. */
export function daysLoader(): Loader {
  return defineDigestLoader('broadsheet-days', (context, corpus) =>
    replaceEntries(context, corpus.days.map((d) => ({ id: d.date, data: { ...d } }))));
}
