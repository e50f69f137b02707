/**
 * From parsed digests to the site's data model: digest days with their records
 * in order, and one paper per distinct normalized title with every appearance.
 */
import { abbreviate, createDiagnostic, DigestError, type Diagnostic } from './diagnostics.ts';
import type { DigestRecord, Organization, ParsedDigest } from './parse-digest.ts';
import { assignAddresses, compareStrings, normalizeTitle } from './titles.ts';

/** One appearance of a paper on a digest day. */
export interface Appearance {
  /** Digest day, `YYYY-MM-DD`. */
  date: string;
  /** 1-based position in that day's listing. */
  position: number;
  /** Upvotes at that capture; null when the record was truncated before its metadata. */
  upvotes: number | null;
}

/** A record on a day page, pointing at its paper. */
export interface DayEntry {
  position: number;
  slug: string;
  /** Null when the record was truncated before its metadata. */
  upvotes: number | null;
}

/** One digest day. */
export interface Day {
  date: string;
  /** Source file the day came from. */
  file: string;
  entries: DayEntry[];
}

/** One distinct paper across all digests. */
export interface Paper {
  slug: string;
  /** Normalized-title identity key. */
  key: string;
  title: string;
  abstract: string;
  authors: number | null;
  organization: Organization | null;
  published: string | null;
  /** Upvotes at the latest capture that showed them; null when none did. */
  upvotes: number | null;
  /** Every appearance, oldest day first. */
  appearances: Appearance[];
  /** arXiv identifier, when a source (Hugging Face JSON, a curator's note) gives it. */
  arxivId: string | null;
  /** Author names, when a source gives them; never invented. */
  authorNames: string[] | null;
  /** Other addresses that lead to it: the slugs its other title spellings give that are no paper's own slug. */
  aliases: string[];
  /** Slugs of other papers whose titles give the same base slug as its own (see `assignSlugs`), so each page can point to the others. */
  namesakes: string[];
}

/** Counts printed in the build summary. */
export interface CorpusStats {
  digests: number;
  records: number;
  papers: number;
  warnings: number;
  skipped: number;
}

/** The whole corpus the site is built from. */
export interface Corpus {
  /** Newest day first. */
  days: Day[];
  /** Sorted by slug, for stable output. */
  papers: Paper[];

  /** Every warning (and, when lenient, every downgraded error). */
  problems: Diagnostic[];
  stats: CorpusStats;
}

/** Options for {@link buildCorpus}. */
export interface BuildOptions {
  /** Downgrade record errors to warnings and skip those records (`BROADSHEET_LENIENT=1`). */
  lenient?: boolean;
}

/**
 * Merges parsed digests. Throws {@link DigestError} listing every error of every
 * file unless lenient; lenient mode turns them into warnings and the affected
 * records are counted as skipped.
 */
export function buildCorpus(parsed: readonly ParsedDigest[], options: BuildOptions = {}): Corpus {
  const problems: Diagnostic[] = parsed.flatMap((p) => p.problems);
  let skipped = parsed.reduce((n, p) => n + p.skipped, 0);

  // Two files for one day would need two pages at one URL.
  const seenDays = new Map<string, string>();
  const usable: ParsedDigest[] = [];
  for (const digest of [...parsed].sort((a, b) => compareStrings(a.file, b.file))) {
    if (digest.date === null) { skipped += digest.records.length; continue; }
    const other = seenDays.get(digest.date);
    if (other) {
      // At the day line when the file has one (the frame shows it), else at the top of a file its name dates.
      problems.push({
        ...createDiagnostic([], {
          code: 'duplicate-day', severity: 'error', file: digest.file, line: 1,
          expected: `one digest file per day; ${other} already holds ${digest.date}`,
          found: `a second digest for ${digest.date}`,
          message: 'Merge the two files or correct the day of one of them.',
        }),
        ...digest.dayAt,
      });
      skipped += digest.records.length;
      continue;
    }
    seenDays.set(digest.date, digest.file);
    usable.push(digest);
  }

  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && !options.lenient) throw new DigestError(problems);
  const reported: Diagnostic[] = problems.map((p) => (p.severity === 'error' ? { ...p, severity: 'warning' as const } : p));

  // Oldest day first, so later appearances overwrite current fields.
  usable.sort((a, b) => compareStrings(a.date ?? '', b.date ?? ''));
  const byKey = new Map<string, { records: { date: string; record: DigestRecord }[] }>();
  // A title listed twice on one day: one listing is kept (the complete one, if only one is), the
  // other is reported and left off the day (one paper, one place); a different paper under the
  // same title is lost to the site, so it counts as skipped and not among the records shown.
  const repeated = new Set<DigestRecord>();
  let lost = 0;
  // Each record's paper key, made once: the day pages below look their records' papers up by it.
  const keyOf = new Map<DigestRecord, string>();
  const warn = (digest: ParsedDigest, record: DigestRecord, d: Pick<Diagnostic, 'code' | 'expected' | 'found' | 'message'>) => {
    reported.push(createDiagnostic([], { ...d, severity: 'warning', file: digest.file, line: record.line }));
  };
  const changedAbstract = (digest: ParsedDigest, record: DigestRecord, since: string) => warn(digest, record, {
    code: 'changed-abstract', expected: `the abstract this title had on ${since}`,
    found: `a different abstract for "${abbreviate(record.title, 60)}"`,
    message: 'Read as the same paper (one title, one paper), its abstract revised; the page shows the latest complete capture\'s abstract.',
  });
  for (const digest of usable) {
    const today = new Map<string, DigestRecord>();
    for (const record of digest.records) {
      const key = normalizeTitle(record.title);
      keyOf.set(record, key);
      const twin = today.get(key);
      if (twin) {
        const same = sameAbstract(twin, record);
        warn(digest, record, {
          code: 'repeated-title', expected: 'each paper once per digest',
          found: `"${abbreviate(record.title, 60)}" again (first at line ${twin.line})`,
          message: same
            ? 'The paper is listed twice on this day; one listing (the complete one) is kept on the day page.'
            : 'Two records on this day share a title but not an abstract; the second is left off the site. Give one a distinguishing title.',
        });
        if (!same) lost++;
        // The later listing replaces a truncated first one: the complete capture is the one to keep.
        const entry = byKey.get(key);
        if (same && twin.truncated && !record.truncated && entry) {
          repeated.add(twin);
          today.set(key, record);
          entry.records[entry.records.length - 1] = { date: digest.date ?? '', record };
          // The truncated twin matched the day before only as a prefix: the complete listing answers for itself.
          const before = entry.records.at(-2);
          if (before && !sameAbstract(before.record, record)) changedAbstract(digest, record, before.date);
        } else {
          repeated.add(record);
        }
        continue;
      }
      today.set(key, record);
      const entry = byKey.get(key) ?? { records: [] };
      const before = entry.records.at(-1);
      if (before && !sameAbstract(before.record, record)) changedAbstract(digest, record, before.date);
      entry.records.push({ date: digest.date ?? '', record });
      byKey.set(key, entry);
    }
  }
  // A paper's address comes from its first listing: a later digest that spells it otherwise adds an alias, never a move.
  const assigned = assignAddresses(new Map([...byKey].map(([key, e]) => [key, e.records.map((r) => ({ title: r.record.title, first: r.date }))])));
  const slugs = new Map([...assigned].map(([key, a]) => [key, a.slug]));

  const papers: Paper[] = [];
  for (const [key, { records }] of byKey) {
    const latest = records.at(-1)?.record;
    if (!latest) continue;
    // Each field from the latest appearance that has it: a truncated capture (its abstract maybe cut
    // mid-sentence) does not erase what an earlier one knew; with truncated captures only, the longest abstract.
    const withMeta = [...records].reverse().find((r) => !r.record.truncated)?.record;
    const abstract = withMeta?.abstract ?? records.reduce((a, r) => (r.record.abstract.length > a.length ? r.record.abstract : a), '');
    papers.push({
      slug: slugs.get(key) ?? '',
      key,
      title: latest.title,
      abstract,
      authors: withMeta?.authors ?? null,
      organization: withMeta?.organization ?? null,
      published: withMeta?.published ?? null,
      upvotes: withMeta?.upvotes ?? null,
      appearances: records.map(({ date, record }) => ({ date, position: record.position, upvotes: record.truncated ? null : record.upvotes })),
      arxivId: [...records].reverse().find((r) => r.record.arxivId)?.record.arxivId ?? null,
      authorNames: [...records].reverse().find((r) => r.record.authorNames?.length)?.record.authorNames ?? null,
      aliases: assigned.get(key)?.aliases ?? [],
      namesakes: assigned.get(key)?.namesakes ?? [],
    });
  }
  papers.sort((a, b) => compareStrings(a.slug, b.slug));

  const days: Day[] = usable
    .map((digest) => ({
      date: digest.date ?? '',
      file: digest.file,
      entries: digest.records.filter((r) => !repeated.has(r)).map((r) => ({
        position: r.position, upvotes: r.truncated ? null : r.upvotes, slug: slugs.get(keyOf.get(r) ?? '') ?? '',
      })),
    }))
    .reverse();

  const records = usable.reduce((n, d) => n + d.records.length, 0) - lost;
  skipped += lost;
  reported.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
  return {
    days,
    papers,
    problems: reported,
    stats: { digests: parsed.length, records, papers: papers.length, warnings: reported.length, skipped },
  };
}

/**
 * Whether two captures of one title carry the same abstract: one cut short (a
 * truncated capture) where the other goes on, or mostly the same words (at
 * least {@link SAME_WORDS} of them shared), which a revision, or maths written
 * as LaTeX in one source and stripped in the other, leaves.
 */
function sameAbstract(a: DigestRecord, b: DigestRecord): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const [x, y] = [fold(a.abstract), fold(b.abstract)];
  if (x === y || ((a.truncated || b.truncated) && (x.startsWith(y) || y.startsWith(x)))) return true;
  const words = (t: string) => new Set(t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const [p, q] = [words(x), words(y)];
  let shared = 0;
  for (const w of p) if (q.has(w)) shared++;
  return shared / Math.max(1, Math.min(p.size, q.size)) >= SAME_WORDS;
}
/** Share of the shorter abstract's words the other must have for the two to be one abstract. */
const SAME_WORDS = 0.6;

/** The build summary line. */
export function formatSummary(stats: CorpusStats): string {
  return `broadsheet: ${stats.digests} digests, ${stats.records} records, ${stats.papers} papers, ${stats.warnings} warnings, ${stats.skipped} skipped records`;
}
