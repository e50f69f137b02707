/**
 * Parser for plain-text "Daily Papers" digests. Pure: text in, data and
 * diagnostics out; it never reads files and never throws on bad input.
 *
 * Format (see README "Digest format"): optional page-header lines, a digest-day
 * line, then records. A record is a title paragraph, an abstract paragraph and a
 * metadata block: `• N authors` or an organization line (`handle Display Name`),
 * a `·` line, and the date line `Mon D[, YYYY] [upvotes]`.
 *
 * Titles are told from abstracts by position, never by length: inside a record
 * the first paragraph is the title and the second the abstract. A paragraph that
 * follows an abstract where metadata was expected starts the next record, and
 * the record before it is kept as truncated (title and abstract only).
 */
import { abbreviate, createDiagnostic, renderCodeFrame, type Diagnostic, type DiagnosticInput } from './diagnostics.ts';
import { dateFromFileName, formatIsoDate, isValidDate, looksLikeDate, parseDateLine, parseDayLine, inferYear, type PartialDate } from './dates.ts';

/** An organization credited instead of an author count, as `handle Display Name`. */
export interface Organization {
  /** Hugging Face handle, e.g. `tencent`. */
  handle: string;
  /** Display name, e.g. `Tencent`; equals the handle when the line has one word. */
  name: string;
}

/** One paper as it appears in one digest. */
export interface DigestRecord {
  /** 1-based position of the record in its digest (the listing's order). */
  position: number;
  /** 1-based line of the title in the source file. */
  line: number;
  title: string;
  abstract: string;
  /** Author count, or null when an organization is given or the record is truncated. */
  authors: number | null;
  organization: Organization | null;
  /** Publication date as `YYYY-MM-DD`, or null when the record is truncated. */
  published: string | null;
  /** Upvotes at the time of capture; 0 when the listing showed none. */
  upvotes: number;
  /** True when the record ended after its abstract, with no metadata block. */
  truncated: boolean;
  /** arXiv identifier, when the source knows it (Hugging Face API JSON). */
  arxivId?: string | null;
  /** Author names, when the source knows them (Hugging Face API JSON). */
  authorNames?: string[] | null;
}

/** Everything one digest file yields. */
export interface ParsedDigest {
  file: string;
  /** The digest day as `YYYY-MM-DD`, or null when it could not be decided (then an error is in `problems`). */
  date: string | null;
  /** Where the file writes its day (the day line, with its code frame), for problems about the day; null when it writes none. */
  dayAt: Pick<Diagnostic, 'line' | 'column' | 'frame'> | null;
  records: DigestRecord[];
  /** Errors and warnings, in line order. */
  problems: Diagnostic[];
  /** Records that could not be understood; each one has an error in `problems`. */
  skipped: number;
}

/** Lines of the listing page's chrome that may precede the digest-day line, in any order (compared without spaces or case). */
const HEADER_LINES = new Set(
  ['new', 'get trending papers in your email inbox!', 'subscribe', 'daily papers', 'byak and the research community'].map(collapse),
);
/** `• 15 authors`, also with another bullet or none, and thousands written with commas (`• 1,350 authors`). */
const AUTHORS = /^(?:[•*‣◦-]\s*)?(\d{1,3}(?:,\d{3})+|\d+)\s+authors?$/i;
/** A Hugging Face organization handle, the first word of an organization line. */
const HANDLE = /^[A-Za-z0-9][\w.-]*$/;
const SEPARATOR = '·';

type Token =
  | { kind: 'para'; line: number; text: string }
  | { kind: 'authors'; line: number; count: number }
  | { kind: 'organization'; line: number; organization: Organization }
  | { kind: 'bad-credit'; line: number }
  | { kind: 'separator'; line: number }
  | { kind: 'date'; line: number; text: string };

interface PendingRecord extends Omit<DigestRecord, 'published'> {
  publishedParts: PartialDate | null;
  dateLine: number;
  /** The year was read from `Oct 12 2023` (no comma): a guess, which never decides the digest's year. */
  yearGuessed: boolean;
}

/** Splits text into lines, tolerating a BOM, CRLF/CR endings and trailing spaces. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.replace(/\s+$/, ''));
}

function collapse(line: string): string {
  return line.replace(/\s+/g, '').toLowerCase();
}

function firstColumn(line: string): number {
  return line.length - line.trimStart().length + 1;
}

/**
 * Classifies non-blank lines into tokens. Consecutive text lines form one
 * paragraph (hard-wrapped text is tolerated), except a text line directly
 * followed by `·`, which is an organization line.
 */
function tokenize(lines: readonly string[], from: number): Token[] {
  const tokens: Token[] = [];
  let para: { line: number; parts: string[] } | null = null;
  const flush = () => {
    if (para) tokens.push({ kind: 'para', line: para.line, text: para.parts.join(' ') });
    para = null;
  };
  const nextNonBlank = (i: number): string | undefined => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]?.trim()) return lines[j]?.trim();
    return undefined;
  };
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    const line = i + 1;
    if (text === '') { flush(); continue; }
    const authors = AUTHORS.exec(text);
    const previous = tokens.at(-1);
    // Inside a hard-wrapped paragraph, a line that reads `5 authors` is the text's unless `·` follows it.
    if (authors && (!para || nextNonBlank(i) === SEPARATOR)) { flush(); tokens.push({ kind: 'authors', line, count: Number(authors[1]?.replaceAll(',', '')) }); continue; }
    if (text === SEPARATOR) { flush(); tokens.push({ kind: 'separator', line }); continue; }
    // The date line follows its `·` directly; after a blank line only a line that looks like a date is one
    // (`Apr 17`, or an unreadable `17 April 2024`), so a record missing its date keeps the next record's title.
    if (!para && previous?.kind === 'separator' && (previous.line === line - 1 || looksLikeDate(text))) {
      tokens.push({ kind: 'date', line, text });
      continue;
    }
    // Upvotes wrapped onto the line under their date (`Apr 17` / `2`) are still the date line's: never a title.
    if (!para && previous?.kind === 'date' && previous.line === line - 1 && /^\d+$/.test(text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    // An organization line stands alone: a line continuing a paragraph is text, even before `·`.
    if (!para && nextNonBlank(i) === SEPARATOR) {
      const [handle = text, ...rest] = text.split(/\s+/);
      // Anything else before `·` (`• 4 auteurs`, `* many authors`) is a credit line that cannot be read, not an organization.
      tokens.push(HANDLE.test(handle)
        ? { kind: 'organization', line, organization: { handle, name: rest.join(' ') || handle } }
        : { kind: 'bad-credit', line });
      continue;
    }
    if (para) para.parts.push(text);
    else para = { line, parts: [text] };
  }
  flush();
  return tokens;
}

/** Parses one digest. `file` is only used to name the source in diagnostics and to read a date from the file name. */
export function parseDigest(text: string, file: string): ParsedDigest {
  const lines = splitLines(text);
  const problems: Diagnostic[] = [];
  const report = (d: Omit<DiagnosticInput, 'file'>) => problems.push(createDiagnostic(lines, { ...d, file }));

  // Header, then the digest-day line.
  let dayLine: { parts: PartialDate; line: number } | null = null;
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (t === '' || HEADER_LINES.has(collapse(t))) continue;
    const parts = parseDayLine(t);
    if (parts && isValidDate(parts.year ?? 2000, parts.month, parts.day)) {
      dayLine = { parts, line: i + 1 };
      bodyStart = i + 1;
    } else if (parts) {
      // A day line with no such day (`Nov 31`) is still the day line: records start after it, not at it.
      report({
        code: 'invalid-date', severity: 'error', line: i + 1, column: firstColumn(lines[i] ?? ''),
        expected: 'a calendar date for the digest day', found: abbreviate(t),
        message: 'The digest-day line names a day that does not exist; records are still checked below.',
      });
      bodyStart = i + 1;
    } else {
      // A line of page chrome this parser does not know, with the day line a few lines on: the records still
      // start after the day line, and the unknown lines are reported (never published as a paper).
      const ahead = dayLineAhead(lines, i + 1);
      if (ahead !== null) {
        for (let j = i; j < ahead; j++) {
          const u = (lines[j] ?? '').trim();
          if (u === '' || HEADER_LINES.has(collapse(u))) continue;
          report({
            code: 'unknown-header-line', severity: 'error', line: j + 1, column: firstColumn(lines[j] ?? ''),
            expected: 'a page-header line (`Daily Papers`, `Subscribe`, …) or the digest-day line', found: abbreviate(u),
            message: 'A line before the digest day is not part of the page header this parser knows; it is left out.',
          });
        }
        i = ahead - 1;
        continue;
      }
      report({
        code: 'missing-day-line', severity: 'error', line: i + 1, column: firstColumn(lines[i] ?? ''),
        expected: 'the digest-day line (`Nov 6`, `Nov 6, 2025` or `2025-11-06`) after the page header',
        found: abbreviate(t),
        message: 'The digest day is missing or unreadable; records are still checked below.',
      });
      bodyStart = i;
    }
    break;
  }
  if (!dayLine && bodyStart === lines.length) {
    report({
      code: 'missing-day-line', severity: 'error', line: lines.length, column: 1,
      expected: 'the digest-day line (`Nov 6`, `Nov 6, 2025` or `2025-11-06`) after the page header',
      found: 'end of file', message: 'The file holds no digest.',
    });
  }

  const { records, skipped } = assembleRecords(tokenize(lines, bodyStart), report, lines);
  const date = resolveDigestDate(file, dayLine, records, report, lines);
  const resolved: DigestRecord[] = [];
  for (const r of records) {
    const { publishedParts, dateLine, yearGuessed: _, ...rest } = r;
    let published: string | null = null;
    if (publishedParts) {
      const year = publishedParts.year ?? (date ? inferYear(date, publishedParts.month, publishedParts.day) : null);
      if (year !== null) published = formatIsoDate(year, publishedParts.month, publishedParts.day);
      if (year !== null && !isValidDate(year, publishedParts.month, publishedParts.day)) {
        report({
          code: 'invalid-date', severity: 'error', line: dateLine, column: firstColumn(lines[dateLine - 1] ?? ''),
          expected: 'a calendar date', found: abbreviate(lines[dateLine - 1] ?? ''),
          message: `"${abbreviate(r.title, 40)}" has a date that does not exist.`,
        });
        continue;
      }
      if (published && date && published > date) {
        report({
          code: 'date-after-digest', severity: 'warning', line: dateLine, column: firstColumn(lines[dateLine - 1] ?? ''),
          expected: `a publication date on or before the digest day ${date}`, found: published,
          message: publishedParts.year === null
            ? 'A date without a year is read in the digest\'s year, unless the year before puts it in the last three months; this one falls after the digest day.'
            : 'The paper is dated after the digest that lists it.',
        });
      }
    }
    resolved.push({ ...rest, published });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    file, date, records: resolved, problems,
    dayAt: dayLine ? { line: dayLine.line, column: 1, frame: renderCodeFrame(lines, dayLine.line, 1) } : null,
    skipped: skipped + (records.length - resolved.length),
  };
}

/** Non-blank lines after an unknown one that are searched for the day line. */
const HEADER_LOOKAHEAD = 6;

/** Longest line taken for page chrome: an abstract is longer, and means the records have begun. */
const HEADER_LINE_MAX = 120;

/**
 * Index of a day line among the next few non-blank lines from `from` (the
 * line at `from - 1` being unknown), before any record metadata or abstract-long line; else null.
 */
function dayLineAhead(lines: readonly string[], from: number): number | null {
  if ((lines[from - 1] ?? '').trim().length > HEADER_LINE_MAX) return null;
  for (let j = from, seen = 0; j < lines.length && seen < HEADER_LOOKAHEAD; j++) {
    const t = (lines[j] ?? '').trim();
    if (t === '') continue;
    if (t === SEPARATOR || AUTHORS.test(t) || t.length > HEADER_LINE_MAX) return null;
    if (parseDayLine(t)) return j;
    seen++;
  }
  return null;
}

type Report = (d: Omit<DiagnosticInput, 'file'>) => void;

/** Walks the tokens: title, abstract, metadata; recovers at the next paragraph after an error. */
function assembleRecords(tokens: Token[], report: Report, lines: readonly string[]): { records: PendingRecord[]; skipped: number } {
  const records: PendingRecord[] = [];
  let skipped = 0;
  let i = 0;
  // Every record started counts for positions, parsed or not, so a skipped record never shifts the ones after it.
  let position = 0;
  const found = (t: Token | undefined) => (t ? abbreviate(lines[t.line - 1] ?? '') : 'end of file');
  const col = (t: Token | undefined) => (t ? firstColumn(lines[t.line - 1] ?? '') : 1);
  // Skips the rest of one broken metadata block: up to a paragraph, through a
  // date line, or before a second `·` (which belongs to another record and
  // gets its own report), so one error never swallows two records.
  const skipBlock = () => {
    let separators = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t?.kind === 'para') return;
      if (t?.kind === 'separator' && ++separators > 1) return;
      i++;
      if (t?.kind === 'date') return;
    }
  };
  const fail = (t: Token | undefined, code: string, expected: string, message: string, fallbackLine: number) => {
    report({ code, severity: 'error', line: t?.line ?? fallbackLine, column: col(t), expected, found: found(t), message });
    skipped++;
    // A paragraph glued to the broken metadata block (no blank line between) belongs to that block.
    if (t?.kind === 'para' && t.line === (tokens[i - 1]?.line ?? 0) + 1) i++;
    skipBlock();
  };

  while (i < tokens.length) {
    const title = tokens[i];
    if (title?.kind !== 'para') {
      // Metadata with no record before it: skip the stray block.
      report({
        code: 'orphan-metadata', severity: 'error', line: title?.line ?? 1, column: col(title),
        expected: 'a paper title', found: found(title),
        message: 'Metadata appears where a new record (its title) should start.',
      });
      skipped++;
      skipBlock();
      if (tokens[i] === title) i++; // a lone token that skipBlock stops before (a second `·`) must still advance
      continue;
    }
    i++;
    position++;
    const abstract = tokens[i];
    if (abstract?.kind !== 'para') {
      // A one-line abstract right above `·` reads as an organization line: then the credit line is what is missing.
      const credit = abstract?.kind === 'organization' || abstract?.kind === 'bad-credit';
      // Titles are told from abstracts by position only: when the record just above was kept as truncated, the
      // paragraph read as its abstract may be this record's title, and the record above may end after its title.
      const above = records.at(-1);
      const shifted = above?.truncated && above.position === position - 1
        ? ` Or "${abbreviate(above.title, 40)}" (line ${above.line}) ends after its title, and "${abbreviate(above.abstract, 40)}", read as its abstract, is this record's title.`
        : '';
      fail(abstract, 'missing-abstract', credit ? 'an abstract paragraph, then `• N authors` or an organization line before `·`' : 'an abstract paragraph after the title',
        (credit
          ? `"${abbreviate(title.text, 40)}" has no abstract, or its abstract is the line above \`·\` and the author count or organization line is missing.`
          : `"${abbreviate(title.text, 40)}" has no abstract.`) + shifted, title.line);
      continue;
    }
    i++;
    if (!/[\p{L}\p{N}]/u.test(title.text)) {
      fail(title, 'bad-title', 'a title with letters or digits', 'A title without letters or digits cannot name a paper.', title.line);
      continue;
    }
    const base = {
      position, line: title.line, title: title.text, abstract: abstract.text,
      authors: null, organization: null, publishedParts: null, dateLine: 0, upvotes: 0, yearGuessed: false,
    };
    const meta = tokens[i];
    // A date line standing alone after the abstract (`Apr 17 2`): the record lost its credit and `·` lines, and the
    // date is no title of a next record.
    if (meta?.kind === 'para' && parseDateLine(meta.text) !== null) {
      i++;
      fail(meta, 'missing-credit', '`• N authors` or an organization line, then `·`, above the date line',
        `"${abbreviate(title.text, 40)}" has a date line without the author count (or organization) and \`·\` lines above it.`, title.line);
      continue;
    }
    if (meta === undefined || meta.kind === 'para') {
      report({
        code: 'truncated-record', severity: 'warning', line: title.line, column: col(title),
        expected: '`• N authors` or an organization line, `·` and a date after the abstract',
        found: meta ? `the next title: ${found(meta)}` : 'end of file',
        message: `"${abbreviate(title.text, 40)}" is kept without author, date or upvotes (truncated record).`,
      });
      records.push({ ...base, truncated: true });
      continue;
    }
    if (meta.kind === 'authors' && meta.count < 1) {
      fail(meta, 'bad-authors', 'a positive author count (`• 1 author`, `• 5 authors`)',
        `"${abbreviate(title.text, 40)}" has no authors.`, title.line);
      continue;
    }
    if (meta.kind === 'bad-credit') {
      fail(meta, 'bad-credit', '`• N authors` or an organization line (`handle Name`, the handle in letters, digits, `.`, `_` or `-`)',
        `"${abbreviate(title.text, 40)}" has a credit line that is neither an author count nor an organization.`, title.line);
      continue;
    }
    if (meta.kind !== 'authors' && meta.kind !== 'organization') {
      fail(meta, 'missing-credit', '`• N authors` or an organization line (`handle Name`) after the abstract',
        `"${abbreviate(title.text, 40)}" has neither an author count nor an organization.`, title.line);
      continue;
    }
    i++;
    const sep = tokens[i];
    if (sep?.kind !== 'separator') {
      fail(sep, 'missing-separator', 'a `·` line after the authors or organization',
        `"${abbreviate(title.text, 40)}" is missing the \`·\` line.`, meta.line);
      continue;
    }
    i++;
    const dateTok = tokens[i];
    const parsed = dateTok?.kind === 'date' ? parseDateLine(dateTok.text) : null;
    if (!dateTok || !parsed) {
      fail(dateTok, 'bad-date-line', 'a date line such as `Oct 12, 2023`, `Apr 17` or `Apr 17 2` (date, then upvotes)',
        `"${abbreviate(title.text, 40)}" has no readable publication date.`, sep.line);
      continue;
    }
    i++;
    if (parsed.yearWithoutComma) {
      const text = (lines[dateTok.line - 1] ?? '').trim();
      report({
        code: 'year-without-comma', severity: 'warning', line: dateTok.line, column: firstColumn(lines[dateTok.line - 1] ?? ''),
        expected: '`Mon D, YYYY` (comma before a year) or `Mon D N` (upvotes)', found: abbreviate(text),
        message: `Read as the year ${parsed.date.year} with no upvotes, though never to decide the digest's year; write \`${text.replace(/ (\d{4})$/, ', $1')}\` to say so.`,
      });
    }
    records.push({
      ...base,
      authors: meta.kind === 'authors' ? meta.count : null,
      organization: meta.kind === 'organization' ? meta.organization : null,
      publishedParts: parsed.date, dateLine: dateTok.line, upvotes: parsed.upvotes, truncated: false, yearGuessed: parsed.yearWithoutComma === true,
    });
  }
  return { records, skipped };
}

/** Decides the digest's full date: file name, then day line, then inference from record years. */
function resolveDigestDate(
  file: string,
  dayLine: { parts: PartialDate; line: number } | null,
  records: readonly PendingRecord[],
  report: Report,
  lines: readonly string[],
): string | null {
  const fromName = dateFromFileName(file);
  if (fromName) {
    if (dayLine) {
      const [, m, d] = fromName.split('-').map(Number);
      const y = dayLine.parts.year;
      if (m !== dayLine.parts.month || d !== dayLine.parts.day || (y !== null && y !== Number(fromName.slice(0, 4)))) {
        report({
          code: 'day-line-mismatch', severity: 'error', line: dayLine.line, column: 1,
          expected: `the day the file name gives (${fromName})`, found: abbreviate(lines[dayLine.line - 1] ?? ''),
          message: 'The file name and the digest-day line disagree; fix one of them.',
        });
      }
    }
    return fromName;
  }
  if (!dayLine) return null;
  const { month, day, year } = dayLine.parts;
  if (year !== null) return formatIsoDate(year, month, day);
  const years = records.filter((r) => !r.yearGuessed).map((r) => r.publishedParts?.year).filter((y): y is number => typeof y === 'number');
  if (years.length === 0) {
    report({
      code: 'unknown-year', severity: 'error', line: dayLine.line, column: 1,
      expected: 'a year: in the file name (`2025-11-06.txt`), on the day line (`Nov 6, 2025`) or on some record date',
      found: abbreviate(lines[dayLine.line - 1] ?? ''),
      message: 'The digest\'s year cannot be decided. Rename the file to `YYYY-MM-DD.txt` or write the year on the day line.',
    });
    return null;
  }
  const inferred = Math.max(...years) + 1;
  if (!isValidDate(inferred, month, day)) {
    report({
      code: 'invalid-date', severity: 'error', line: dayLine.line, column: 1,
      expected: 'a calendar date', found: `${abbreviate(lines[dayLine.line - 1] ?? '')} in ${inferred}`,
      message: 'The inferred digest day does not exist; pin the year in the file name or day line.',
    });
    return null;
  }
  const date = formatIsoDate(inferred, month, day);
  report({
    code: 'inferred-year', severity: 'warning', line: dayLine.line, column: 1,
    expected: 'a year in the file name or on the day line',
    found: `${abbreviate(lines[dayLine.line - 1] ?? '')} (year inferred as ${inferred}: latest explicit record year + 1)`,
    message: `Digest day read as ${date}. To pin it, rename the file to \`${date}.txt\` or write \`${lines[dayLine.line - 1]?.trim()}, ${inferred}\` on the day line.`,
  });
  return date;
}
