/**
 * From parsed digests to the site's data model: digest days with their records
 * in order, and one paper per distinct normalized title with every appearance.
 */
import { abbreviate, createDiagnostic, DigestError, type Diagnostic } from './diagnostics.ts';
import type { DigestRecord, Organization, ParsedDigest } from './parse-digest.ts';
import { arxivBase } from './arxiv.ts';
import { pushTo } from './map-lists.ts';
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
  /** Identity key: the normalized title (`normalizeTitle`), then `~2`, `~3`… for each further paper under one title. */
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
  /** Slugs of other papers one of whose title spellings gives the same address as one of its own (see `assignAddresses`): each page names the others. */
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
    if (digest.records.length === 0) {
      // A day page listing nothing helps no reader: the day is left out, and said so.
      problems.push({
        ...createDiagnostic([], {
          code: 'empty-digest', severity: 'warning', file: digest.file, line: 1,
          expected: 'at least one paper record after the digest day',
          found: digest.skipped > 0 ? `no record that could be read (${digest.skipped} skipped)` : 'no record',
          message: `The digest of ${digest.date} lists no paper, so the site has no page for that day.`,
        }),
        ...digest.dayAt,
      });
      continue;
    }
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
  // A title listed twice on one day: one listing is kept on the day (the complete one, if only one is), the other reported.
  const repeated = new Set<DigestRecord>();
  // Each record's paper key, made once: the day pages below look their records' papers up by it.
  const keyOf = new Map<DigestRecord, string>();
  const warn = (digest: ParsedDigest, record: DigestRecord, d: Pick<Diagnostic, 'code' | 'expected' | 'found' | 'message'>) => {
    reported.push(createDiagnostic([], { ...d, severity: 'warning', file: digest.file, line: record.line }));
  };
  // The papers listed under one title key, first listed first: the first keeps the title key, each other is `<key>~2`, `~3`…
  const papersOfTitle = new Map<string, string[]>();
  /**
   * The paper a record is a listing of: of the papers under its title, the one with its arXiv id when both
   * have one, else the one whose latest complete capture (else its latest) has the same abstract
   * (`isSameAbstract`: a revision keeps most words, a truncated capture is a prefix); else a new paper,
   * reported when the title is already known.
   */
  const paperOf = (digest: ParsedDigest, record: DigestRecord): string => {
    const title = normalizeTitle(record.title);
    const keys = papersOfTitle.get(title) ?? [];
    const known = keys.find((k) => {
      const records = byKey.get(k)?.records ?? [];
      const id = records.findLast((r) => r.record.arxivId)?.record.arxivId;
      if (id && record.arxivId) return arxivBase(id) === arxivBase(record.arxivId);
      const reference = records.findLast((r) => !r.record.truncated) ?? records.at(-1);
      return reference !== undefined && isSameAbstract(reference.record, record);
    });
    if (known !== undefined) return known;
    const key = keys.length === 0 ? title : `${title}~${keys.length + 1}`;
    if (keys.length > 0) {
      const first = byKey.get(keys[0] ?? '')?.records[0];
      warn(digest, record, {
        code: 'same-title', expected: `the abstract of "${abbreviate(record.title, 60)}" as listed on ${first?.date ?? 'an earlier day'}, or a distinguishing title`,
        found: 'a different abstract (fewer than 60% of its words shared)',
        message: 'Read as another paper under the same title: it has a page of its own, at the title\'s address with a suffix, and each page names the other.',
      });
    }
    pushTo(papersOfTitle, title, key);
    byKey.set(key, { records: [] });
    return key;
  };
  for (const digest of usable) {
    const today = new Map<string, DigestRecord>();
    for (const record of digest.records) {
      const key = paperOf(digest, record);
      keyOf.set(record, key);
      const twin = today.get(key);
      const entry = byKey.get(key);
      if (!entry) continue;
      if (twin) {
        warn(digest, record, {
          code: 'repeated-title', expected: 'each paper once per digest',
          found: `"${abbreviate(record.title, 60)}" again (first at line ${twin.line})`,
          message: 'The paper is listed twice on this day; one listing (the complete one) is kept on the day page.',
        });
        // The later listing replaces a truncated first one: the complete capture is the one to keep.
        if (twin.truncated && !record.truncated) {
          repeated.add(twin);
          today.set(key, record);
          entry.records[entry.records.length - 1] = { date: digest.date ?? '', record };
        } else {
          repeated.add(record);
        }
        continue;
      }
      today.set(key, record);
      entry.records.push({ date: digest.date ?? '', record });
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
    const withMeta = records.findLast((r) => !r.record.truncated)?.record;
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
      arxivId: records.findLast((r) => r.record.arxivId)?.record.arxivId ?? null,
      authorNames: records.findLast((r) => r.record.authorNames?.length)?.record.authorNames ?? null,
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

  const records = usable.reduce((n, d) => n + d.records.length, 0);
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
function isSameAbstract(a: DigestRecord, b: DigestRecord): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const [x, y] = [fold(a.abstract), fold(b.abstract)];
  if (x === y || ((a.truncated || b.truncated) && (x.startsWith(y) || y.startsWith(x)))) return true;
  const words = (t: string) => new Set(t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const [p, q] = [words(x), words(y)];
  // A few words (`Withdrawn.`) are found in many abstracts: so short an abstract is the same only when all of it is,
  // read as a title is (case, accents, punctuation aside).
  if (Math.min(p.size, q.size) < MIN_SHARED_WORDS) return normalizeTitle(a.abstract) === normalizeTitle(b.abstract);
  let shared = 0;
  for (const w of p) if (q.has(w)) shared++;
  return shared / Math.max(1, Math.min(p.size, q.size)) >= SAME_WORDS;
}
/** Share of the shorter abstract's words the other must have for the two to be one abstract. */
const SAME_WORDS = 0.6;
/** Fewest distinct words (of three letters or more) an abstract needs to be matched by shared words rather than whole. */
const MIN_SHARED_WORDS = 8;

/** The build summary line. */
export function formatSummary(stats: CorpusStats): string {
  return `broadsheet: ${stats.digests} digests, ${stats.records} records, ${stats.papers} papers, ${stats.warnings} warnings, ${stats.skipped} skipped records`;
}
