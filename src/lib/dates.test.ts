import { describe, expect, it } from 'vitest';
import { addDays, dateFromFileName, formatDisplayDate, isValidDate, leadingIsoDate, parseDateLine, parseDayLine, inferYear } from './dates.ts';

describe('parseDayLine', () => {
  it('parses `Nov 6`, `Nov 6, 2025`, `November 6 2025` and `2025-11-06`', () => {
    expect(parseDayLine('Nov 6')).toEqual({ year: null, month: 11, day: 6 });
    expect(parseDayLine('Nov 6, 2025')).toEqual({ year: 2025, month: 11, day: 6 });
    expect(parseDayLine('November 6 2025')).toEqual({ year: 2025, month: 11, day: 6 });
    expect(parseDayLine('Sept 9')).toEqual({ year: null, month: 9, day: 9 });
    expect(parseDayLine('2025-11-06')).toEqual({ year: 2025, month: 11, day: 6 });
  });
  it('parses a weekday before the day, as a page may print it', () => {
    expect(parseDayLine('Thursday, Nov 6')).toEqual({ year: null, month: 11, day: 6 });
    expect(parseDayLine('Thu Nov 6, 2025')).toEqual({ year: 2025, month: 11, day: 6 });
  });
  it('rejects a weekday alone or before a bare number', () => {
    expect(parseDayLine('Thursday')).toBeNull();
    expect(parseDayLine('Mon 6')).toBeNull();
  });
  it('rejects titles and other text', () => {
    for (const t of ['Daily Papers', 'Nov', 'Novel 6', '6 Nov', 'Nov 6 2', '2025-11']) expect(parseDayLine(t)).toBeNull();
  });
});

describe('parseDateLine', () => {
  it('parses dates with and without year, with and without upvotes', () => {
    expect(parseDateLine('Apr 17 2')).toEqual({ date: { year: null, month: 4, day: 17 }, upvotes: 2 });
    expect(parseDateLine('Oct 12, 2023')).toEqual({ date: { year: 2023, month: 10, day: 12 }, upvotes: 0 });
    expect(parseDateLine('Jun 8, 2023 1')).toEqual({ date: { year: 2023, month: 6, day: 8 }, upvotes: 1 });
  });
  it('rejects lines that are not dates', () => {
    for (const t of ['sometime in 2023', 'Apr', 'Apr 17 two', '17 Apr']) expect(parseDateLine(t)).toBeNull();
  });
});

describe('inferYear', () => {
  it('parses a yearless date into the digest\'s year, or the year before when it would fall over a month later', () => {
    expect(inferYear('2026-01-03', 12, 30)).toBe(2025);
    expect(inferYear('2026-01-03', 1, 5)).toBe(2026);
    expect(inferYear('2025-11-06', 4, 17)).toBe(2025);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
  it('keeps the digest\'s year for a day before the digest\'s, and for a date far back (which is reported)', () => {
    expect(inferYear('2025-12-31', 1, 1)).toBe(2025);
    expect(inferYear('2026-03-01', 2, 28)).toBe(2026);
    expect(inferYear('2025-01-10', 9, 20)).toBe(2025);
  });
  it('parses 29 February in a common year\'s digest into the leap year before, its only reading', () => {
    expect(inferYear('2025-01-10', 2, 29)).toBe(2024);
    expect(inferYear('2027-01-10', 2, 29)).toBe(2027);
  });
});

describe('dateFromFileName', () => {
  it('parses an ISO date at the start of a file name', () => {
    expect(dateFromFileName('seeds/2025-11-06.txt')).toBe('2025-11-06');
    expect(dateFromFileName('2025-11-06-anything.txt')).toBe('2025-11-06');
  });
  it('rejects names without a valid leading ISO date', () => {
    for (const n of ['000_68f5369dbcaf82b9.txt', '2025-02-30.txt', 'x-2025-11-06.txt', '2025-11-066.txt']) expect(dateFromFileName(n)).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('knows leap years and formats display dates', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(formatDisplayDate('2025-11-06')).toBe('6 Nov 2025');
  });
  it('rejects a display date for what is no calendar day', () => {
    for (const bad of ['garbage', '2025-11', '2025-13-01', '2025-02-30', '2025-11-06T00:00:00Z', '']) expect(() => formatDisplayDate(bad), bad).toThrow(/expected a calendar day as YYYY-MM-DD/);
  });
});

describe('leadingIsoDate', () => {
  it('parses the calendar day an ISO date or date-time starts with', () => {
    expect(leadingIsoDate('2025-04-18T00:49:57.000Z')).toBe('2025-04-18');
    expect(leadingIsoDate('2024-02-29')).toBe('2024-02-29');
  });
  it('rejects no day, a day that does not exist, and what is no text', () => {
    for (const bad of ['2025-02-30T00:00:00Z', '2025-13-01', 'Apr 18, 2025', '', null, 20250418]) expect(leadingIsoDate(bad), String(bad)).toBeNull();
  });
});
