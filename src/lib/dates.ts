/**
 * Calendar dates as they appear in digests. Dates are plain `YYYY-MM-DD`
 * strings everywhere in Broadsheet: digests have no time of day or time zone,
 * and strings sort, compare and serialise without surprises.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month's name, whole or abbreviated (`Nov`, `Sept`, `November`), without its dot. */
const MONTH_WORD = `(?:${[...FULL_MONTHS.map((m) => m.toLowerCase()), ...Object.keys(MONTHS)].join('|')})`;
const MONTH_NAME = `(?<month>${MONTH_WORD})\\.?`;

/** A month and day with an optional year, as written in a digest (`Nov 6`, `Nov 6, 2025`). */
export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

/** `Mon D` or `Mon D, YYYY` (also `Mon D YYYY`), then optionally an upvote count. */
const MONTH_DAY = new RegExp(`^${MONTH_NAME}\\s+(?<day>\\d{1,2})(?:(?:,\\s*|\\s+)(?<year>\\d{4}))?$`, 'i');
const MONTH_DAY_UPVOTES = new RegExp(
  `^${MONTH_NAME}\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?(?:\\s+(?<upvotes>\\d+))?$`,
  'i',
);
const ISO = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;

/** True when the date exists on the calendar (no 31 April, 29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Formats a full date as `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A short line shaped like a date, readable or not: month then day (`Apr 17`), day then month (`17 April 2024`), or numbers. */
const DATE_LIKE = new RegExp(String.raw`^(?=.{1,40}$)(?:${MONTH_WORD}\.?\s+\d{1,2}(?!\S*\s+\p{L}{3,})|\d{1,2}\s+${MONTH_WORD}\.?(?:\s+\d{4})?\s*$|[\d\s/.,-]+$)`, 'iu');

/** Whether a line is shaped like a date, readable or not (a date line that `parseDateLine` may still reject). */
export function looksLikeDate(text: string): boolean {
  return DATE_LIKE.test(text);
}

/** A weekday before a day line, as a page may print it: `Thursday, Nov 6`, `Thu Nov 6`. */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+/i;

/** Up to a month after the digest day is read as a slip (time zones, a late capture), not as last year. */
const ROLLOVER_DAYS = 31;

/** The ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The year of a date written without one (`Dec 30`) in a digest of `digestDay`:
 * the digest's year, or the year before when that would put the date more than
 * {@link ROLLOVER_DAYS} days after the digest while the year before puts it in
 * the last {@link RECENT_DAYS} days (a December paper in a January digest).
 * Anything else keeps the digest's year, and the caller reports what is wrong.
 */
export function inferYear(digestDay: string, month: number, day: number): number {
  const year = Number(digestDay.slice(0, 4));
  const later = formatIsoDate(year, month, day) > addDays(digestDay, ROLLOVER_DAYS);
  const recentLastYear = formatIsoDate(year - 1, month, day) >= addDays(digestDay, -RECENT_DAYS);
  // 29 February in a digest of a common year: the year before is its only reading when that one is a leap year.
  const onlyLastYear = !isValidDate(year, month, day) && isValidDate(year - 1, month, day);
  return (later && recentLastYear && isValidDate(year - 1, month, day)) || onlyLastYear ? year - 1 : year;
}
/** How far back a yearless date may be read into the year before. */
export const RECENT_DAYS = 92;

/** Parses a digest-day line: `Nov 6`, `Nov 6, 2025` or `2025-11-06`, a weekday before it allowed. Returns null when it is not one. */
export function parseDayLine(text: string): PartialDate | null {
  const t = text.trim().replace(WEEKDAY, '');
  const iso = ISO.exec(t);
  if (iso?.groups) {
    return { year: Number(iso.groups.year), month: Number(iso.groups.month), day: Number(iso.groups.day) };
  }
  const m = MONTH_DAY.exec(t);
  if (!m?.groups) return null;
  return {
    year: m.groups.year ? Number(m.groups.year) : null,
    month: monthNumber(m.groups.month ?? ''),
    day: Number(m.groups.day),
  };
}

/** Parses a record's date line: `Apr 17`, `Oct 12, 2023`, optionally followed by the upvote count. */
export function parseDateLine(text: string): { date: PartialDate; upvotes: number; yearWithoutComma?: boolean } | null {
  const m = MONTH_DAY_UPVOTES.exec(text.trim());
  if (!m?.groups) return null;
  const upvotes = m.groups.upvotes ? Number(m.groups.upvotes) : 0;
  // `Oct 12 2023`: listings write the year after a comma, but a four-digit number in the
  // years' range is far likelier a year than 2,023 upvotes. Read it as a year; the caller warns.
  if (!m.groups.year && m.groups.upvotes?.length === 4 && upvotes >= 1990 && upvotes <= 2100) {
    return { date: { year: upvotes, month: monthNumber(m.groups.month ?? ''), day: Number(m.groups.day) }, upvotes: 0, yearWithoutComma: true };
  }
  return {
    date: {
      year: m.groups.year ? Number(m.groups.year) : null,
      month: monthNumber(m.groups.month ?? ''),
      day: Number(m.groups.day),
    },
    upvotes,
  };
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** The calendar day a text starts with, as `YYYY-MM-DD`: an ISO date or date-time; null when it starts with none or with no real day (`2025-02-30`). */
export function leadingIsoDate(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? text.slice(0, 10) : null;
}

/** The ISO date a file name pins, if any: `2025-11-06.txt`, `2025-11-06-anything.txt`. */
export function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return /^\d{4}-\d{2}-\d{2}(?:[-_.]|$)/.test(base) ? leadingIsoDate(base) : null;
}

/** Human form used on pages: `6 Nov 2025` (never relative: the site is read offline, later). */
export function formatDisplayDate(iso: string): string {
  const [y, m, d] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? []).slice(1).map(Number);
  if (y === undefined || m === undefined || d === undefined || !isValidDate(y, m, d)) {
    throw new RangeError(`formatDisplayDate: expected a calendar day as YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  }
  return `${d} ${FULL_MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}

/** Month heading used by archives: `November 2025`. */
export function formatMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${FULL_MONTHS[(m ?? 1) - 1]} ${y}`;
}
