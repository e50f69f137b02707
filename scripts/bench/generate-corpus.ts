/**
 * Seeded synthetic corpus in the real digest format, for benchmarks: titles
 * and abstracts drawn from the seeds' vocabulary with the seeds' length
 * distributions, 30–50 papers per day, about 10% of papers shown again on a
 * later day. Same seed and size, same files, byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { formatIsoDate } from '../../src/lib/dates.ts';
import { parseDigest, type DigestRecord } from '../../src/lib/parse-digest.ts';
import { normalizeTitle } from '../../src/lib/titles.ts';

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  papers: number;
  outDir: string;
  seed?: number;
  seedsDir?: string;
  /** First digest day. */
  start?: string;
  /** Papers per day (default 30–50 at random). */
  daySize?: number;
  /** Stop after this many days (default: when every paper has been shown). */
  days?: number;
  /**
   * An earlier corpus folder whose last week of papers this one shows again (~10% of each day), as a
   * real new digest lists some recent papers again: for a digest added to a built site.
   */
  repeatFrom?: string;
}

type Paper = { title: string; abstract: string; credit: string; date: string };

/** A parsed record as the generator writes papers (its credit line and its date line without upvotes). */
function paperOf(r: DigestRecord): Paper {
  const [y, m, d] = (r.published ?? '2020-01-01').split('-').map(Number);
  return {
    title: r.title,
    abstract: r.abstract,
    credit: r.organization ? `${r.organization.handle} ${r.organization.name}` : `  • ${r.authors ?? 1} authors`,
    date: `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`,
  };
}

/** Writes the corpus; returns counts. */
export function generateCorpus({ papers, outDir, seed = 42, seedsDir = 'seeds', start = '2024-01-01', daySize, days = Infinity, repeatFrom }: GenerateOptions): { papers: number; days: number; records: number; repeated: number } {
  const parsed = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => parseDigest(readFileSync(path.join(seedsDir, f), 'utf8'), f));
  const corpus = buildCorpus(parsed);
  const titleWords = corpus.papers.flatMap((p) => p.title.split(/\s+/));
  const abstractWords = corpus.papers.flatMap((p) => p.abstract.split(/\s+/));
  const titleLengths = corpus.papers.map((p) => p.title.split(/\s+/).length);
  const abstractLengths = corpus.papers.map((p) => p.abstract.split(/\s+/).length);
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const seen = new Set<string>();
  const makePaper = (): Paper => {
    for (;;) {
      const title = Array.from({ length: pick(titleLengths) }, () => pick(titleWords)).join(' ');
      const key = normalizeTitle(title);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const abstract = Array.from({ length: pick(abstractLengths) }, () => pick(abstractWords)).join(' ');
      const year = 2015 + Math.floor(random() * 9);
      const credit = random() < 0.05 ? `org${Math.floor(random() * 40)} Organization ${Math.floor(random() * 40)}` : `  • ${1 + Math.floor(random() * 20)} authors`;
      const date = `${MONTHS[Math.floor(random() * 12)]} ${1 + Math.floor(random() * 28)}, ${year}`;
      return { title, abstract, credit, date };
    }
  };

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const queue: { day: number; paper: Paper }[] = [];
  if (repeatFrom) {
    const lastWeek = readdirSync(repeatFrom).filter((f) => f.endsWith('.txt')).sort().slice(-7);
    const recent = lastWeek.flatMap((f) => parseDigest(readFileSync(path.join(repeatFrom, f), 'utf8'), f).records);
    for (const r of recent) if (random() < 0.15) queue.push({ day: 0, paper: paperOf(r) });
  }
  const [y0, m0, d0] = start.split('-').map(Number);
  const startMs = Date.UTC(y0 ?? 2024, (m0 ?? 1) - 1, d0 ?? 1);
  let made = 0;
  let records = 0;
  let day = 0;
  let repeated = 0;
  while ((made < papers || queue.length > 0) && day < days) {
    const size = daySize ?? 30 + Math.floor(random() * 21);
    const repeats = queue.filter((q) => q.day <= day).slice(0, Math.floor(size * 0.1));
    for (const r of repeats) queue.splice(queue.indexOf(r), 1);
    const fresh = Array.from({ length: Math.max(0, Math.min(size - repeats.length, papers - made)) }, () => {
      made++;
      const paper = makePaper();
      if (random() < 0.1) queue.push({ day: day + 1 + Math.floor(random() * 7), paper });
      return paper;
    });
    const entries = [...fresh, ...repeats.map((r) => r.paper)];
    repeated += repeats.length;
    if (entries.length === 0) { day++; continue; }
    const when = new Date(startMs + day * 86_400_000);
    const iso = formatIsoDate(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate());
    const body = entries.map((p) => `${p.title}\n\n${p.abstract}\n\n${p.credit}\n·\n${p.date} ${Math.floor(random() * 200)}\n`).join('\n');
    writeFileSync(path.join(outDir, `${iso}.txt`), `Daily Papers\n\n${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()}, ${when.getUTCFullYear()}\n\n${body}`);
    records += entries.length;
    day++;
  }
  return { papers: made, days: readdirSync(outDir).length, records, repeated };
}
