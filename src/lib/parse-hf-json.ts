/**
 * Parser for digests in the JSON shape of the Hugging Face `daily_papers` API:
 * one file per day, an array of items `{ paper: { id, title, summary,
 * authors: [{ name }], publishedAt, upvotes, organization? }, submittedOnDailyAt }`.
 * Pure, like the text parser, and with the same diagnostics (file, line,
 * column, expected, found, code frame), computed from JSON node offsets.
 */
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ARXIV_ID } from './arxiv.ts';
import { dateFromFileName, leadingIsoDate } from './dates.ts';
import { abbreviate, createDiagnostic, type Diagnostic, type DiagnosticInput } from './diagnostics.ts';
import type { DigestRecord, ParsedDigest } from './parse-digest.ts';
import { splitLines } from './parse-digest.ts';
import { compareStrings } from './titles.ts';


/** Offsets where each line starts, for `position`: after `\n`, `\r\n` or a lone `\r`, as `splitLines` splits them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Line and column (1-based) of an offset, by binary search: a large file's items stay linear to place. */
function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

function child(node: Node | undefined, key: string): Node | undefined {
  return node?.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1] : undefined;
}

/** Parses one Hugging Face daily-papers JSON file. */
export function parseHfDaily(text: string, file: string): ParsedDigest {
  const clean = text.replace(/^\uFEFF/, '');
  const lines = splitLines(clean);
  const starts = lineStarts(clean);
  const problems: Diagnostic[] = [];
  const report = (offset: number, d: Omit<DiagnosticInput, 'file' | 'line' | 'column'>) =>
    problems.push(createDiagnostic(lines, { ...d, file, ...position(starts, offset) }));
  const done = (records: DigestRecord[], date: string | null, skipped: number): ParsedDigest =>
    ({ file, date, dayAt: null, records, problems, skipped });

  const errors: ParseError[] = [];
  const root = parseTree(clean, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    // The first syntax error only: the ones after it are its echoes.
    const [first] = errors;
    report(first?.offset ?? 0, {
      code: 'bad-json', severity: 'error', expected: 'valid JSON (an array of daily-papers items)',
      found: first ? printParseErrorCode(first.error) : 'nothing', message: 'The file is not valid JSON.',
    });
    // No day either: a broken file must not publish an empty day, even when lenient.
    return done([], null, 0);
  }
  if (root.type !== 'array') {
    report(root.offset, { code: 'bad-shape', severity: 'error', expected: 'an array of items with a `paper` object', found: root.type, message: 'A daily-papers file is a JSON array.' });
    return done([], null, 0);
  }

  const records: DigestRecord[] = [];
  const days = new Map<string, number>();
  let skipped = 0;
  for (const [i, item] of (root.children ?? []).entries()) {
    const paper = child(item, 'paper');
    const title = child(paper, 'title');
    const summary = child(paper, 'summary');
    const where = paper ?? item;
    // An empty summary is no abstract: as in a text digest, a paper without one is not published.
    if (paper?.type !== 'object' || title?.type !== 'string' || summary?.type !== 'string' || !String(title.value).trim() || !String(summary.value).trim()) {
      report((title?.type === 'string' && String(title.value).trim() ? summary ?? where : title ?? where).offset, {
        code: 'bad-item', severity: 'error', expected: 'an item with non-empty `paper.title` and `paper.summary` strings',
        found: abbreviate(clean.slice(where.offset, where.offset + Math.min(where.length, 80))),
        message: `Item ${i + 1} cannot be read as a paper.`,
      });
      skipped++;
      continue;
    }
    const value = <T>(node: Node | undefined): T | undefined => (node ? (getNodeValue(node) as T) : undefined);
    const idNode = child(paper, 'id');
    const id = value<unknown>(idNode);
    const arxivId = typeof id === 'string' && ARXIV_ID.test(id) ? id : null;
    if (id !== undefined && arxivId === null) {
      report((idNode ?? paper).offset, { code: 'bad-arxiv-id', severity: 'warning', expected: 'an arXiv id such as `2504.13161`', found: abbreviate(String(id)), message: `Item ${i + 1}: the id is not an arXiv id and is ignored.` });
    }
    const authors = value<unknown[]>(child(paper, 'authors'));
    const authorNames = Array.isArray(authors)
      ? authors.map((a) => (a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name.trim() : '')).filter(Boolean)
      : null;
    const org = value<{ name?: unknown; fullname?: unknown }>(child(paper, 'organization'));
    const orgHandle = org && typeof org.name === 'string' ? org.name : null;
    const publishedAt = value<unknown>(child(paper, 'publishedAt'));
    const published = leadingIsoDate(publishedAt);
    if (publishedAt !== undefined && published === null) {
      report((child(paper, 'publishedAt') ?? paper).offset, { code: 'invalid-date', severity: 'error', expected: 'an ISO date-time such as `2025-04-17T17:58:13.000Z`', found: abbreviate(String(publishedAt)), message: `Item ${i + 1} has an unreadable publication date.` });
      skipped++;
      continue;
    }
    const upvotesNode = child(paper, 'upvotes');
    const upvotes = value<unknown>(upvotesNode);
    const upvoteCount = typeof upvotes === 'number' && Number.isInteger(upvotes) && upvotes >= 0 ? upvotes : 0;
    if (upvotes !== undefined && upvotes !== null && upvoteCount !== upvotes) {
      report((upvotesNode ?? paper).offset, { code: 'bad-upvotes', severity: 'warning', expected: 'a whole number of upvotes such as `12`', found: abbreviate(JSON.stringify(upvotes)), message: `Item ${i + 1}: the upvotes are unreadable and shown as 0.` });
    }
    const submittedNode = child(item, 'submittedOnDailyAt');
    const submitted = value<unknown>(submittedNode);
    const day = leadingIsoDate(submitted);
    if (day) days.set(day, (days.get(day) ?? 0) + 1);
    // The day it names might become the digest's: one that is no calendar day never does, and is reported.
    else if (submitted !== undefined && submitted !== null) {
      report((submittedNode ?? item).offset, { code: 'invalid-date', severity: 'warning', expected: 'an ISO date-time such as `2025-04-18T02:30:00.000Z`', found: abbreviate(String(submitted)), message: `Item ${i + 1}: the day it was submitted on is unreadable and is ignored.` });
    }
    records.push({
      // The item's place in the listing, as the text parser keeps it: a skipped item never shifts the ones after it.
      position: i + 1,
      line: position(starts, item.offset).line,
      title: String(title.value).replace(/\s+/g, ' ').trim(),
      abstract: String(summary.value).replace(/[ \t]+/g, ' ').trim(),
      authors: authorNames && authorNames.length > 0 ? authorNames.length : null,
      organization: orgHandle ? { handle: orgHandle, name: typeof org?.fullname === 'string' && org.fullname ? org.fullname : orgHandle } : null,
      published,
      upvotes: upvoteCount,
      truncated: false,
      arxivId,
      authorNames: authorNames && authorNames.length > 0 ? authorNames : null,
    });
  }

  // The day: the file name pins it; otherwise the day most items were submitted on.
  let date = dateFromFileName(file);
  if (!date) {
    date = [...days].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? null;
    if (!date) {
      report(root.offset, { code: 'unknown-day', severity: 'error', expected: '`submittedOnDailyAt` on the items, or a file name such as `2025-04-18.json`', found: 'neither', message: 'The digest day cannot be decided.' });
    }
  }
  const named = dateFromFileName(file);
  if (named && days.size > 0 && !days.has(named)) {
    report(root.offset, { code: 'day-mismatch', severity: 'warning', expected: `items submitted on ${named}, the day the file name gives`, found: [...days.keys()].sort().join(', '), message: 'The file name and the items disagree on the day; the file name wins.' });
  }
  if (days.size > 1) {
    report(root.offset, { code: 'mixed-days', severity: 'warning', expected: 'items submitted on one day', found: [...days.keys()].sort().join(', '), message: `Items span several days; the file is read as ${date}.` });
  }
  return done(records, date, skipped);
}
