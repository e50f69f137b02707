import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HF_FIXTURE_ROOT, listFixtures, snapshotFixture } from './parse-digest.fixtures.ts';
import { parseDigestFile } from './digest-formats.ts';
import { parseDigest } from './parse-digest.ts';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const seed = (name: string) => parseDigest(readFileSync(path.join(SEEDS, name), 'utf8'), `seeds/${name}`);

/**
 * The errors each `reject-` fixture is about, written here and not taken from its expected.json (which
 * `update-fixtures` rewrites from the code): by default the code its name ends with.
 */
const REJECTED_FOR: Record<string, string[]> = {
  'reject-collects-all-problems': ['bad-date-line', 'missing-separator'],
  'reject-date-line-without-credit': ['missing-credit'],
  'reject-impossible-day-line': ['invalid-date'],
  'reject-missing-date-line-keeps-next-record': ['bad-date-line'],
  'reject-organization-line-inside-paragraph': ['missing-credit'],
  'reject-title-without-letters': ['bad-title'],
  'reject-unreadable-credit-line': ['bad-credit', 'missing-abstract'],
  'reject-unreadable-date-after-blank': ['bad-date-line'],
  'reject-zero-authors': ['bad-authors'],
  'reject-bad-date': ['invalid-date'],
  'reject-empty-summary': ['bad-item'],
  'reject-not-an-array': ['bad-shape'],
};
/** The warnings a fixture that parses is about, where it is about one. */
const WARNED_FOR: Record<string, string[]> = { 'bad-upvotes': ['bad-upvotes'], 'day-mismatch': ['day-mismatch'], 'mixed-days': ['mixed-days'] };

describe('digest parser fixtures (text and Hugging Face JSON)', () => {
  for (const c of [...listFixtures(), ...listFixtures(HF_FIXTURE_ROOT)]) {
    const verb = c.name.startsWith('reject-') ? 'rejects' : 'parses';
    it(`${verb} ${c.name}`, () => {
      const expected = JSON.parse(readFileSync(c.expectedFile, 'utf8'));
      const actual = snapshotFixture(c);
      expect(actual).toEqual(expected);
      const codes = (severity: string) => [...new Set(actual.problems.filter((p) => p.severity === severity).map((p) => p.code))].sort();
      expect(codes('error')).toEqual(verb === 'rejects' ? REJECTED_FOR[c.name] ?? [c.name.slice('reject-'.length)] : []);
      if (WARNED_FOR[c.name]) expect(codes('warning')).toEqual(WARNED_FOR[c.name]);
    });
  }
});

describe('parseDigest titles versus abstracts', () => {
  const header = 'Nov 6, 2025\n\n';
  const meta = '  • 2 authors\n·\nMay 1, 2024 3\n\n';
  const long = 'x'.repeat(400);
  it('parses a short abstract after a long title by position, not length', () => {
    const { records } = parseDigest(`${header}${long}\n\nShort.\n\n${meta}`, 'd.txt');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ title: long, abstract: 'Short.', authors: 2, upvotes: 3 });
  });
  it('parses a truncated record whichever of title and abstract is longer', () => {
    for (const [t, a] of [['T', long], [long, 'A']] as const) {
      const { records, problems } = parseDigest(`${header}${t}\n\n${a}\n\nNext\n\nAbstract.\n\n${meta}`, 'd.txt');
      expect(records.map((r) => [r.title, r.abstract, r.truncated])).toEqual([[t, a, true], ['Next', 'Abstract.', false]]);
      expect(problems.map((p) => [p.code, p.line])).toEqual([['truncated-record', 3]]);
    }
  });
  it('rejects a record that ends after its title by naming both readings: the record above may have taken this title for its abstract', () => {
    const { records, problems } = parseDigest(`${header}Title One\n\nTitle Two\n\n${long}\n\n${meta}`, 'd.txt');
    // By position, "Title Two" is the abstract of a truncated "Title One"; the error says it may be the title instead.
    expect(records.map((r) => [r.title, r.abstract, r.truncated])).toEqual([['Title One', 'Title Two', true]]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['truncated-record', 3], ['missing-abstract', 9]]);
    expect(problems[1]?.message).toMatch(/Or "Title One" \(line 3\) ends after its title, and "Title Two", read as its abstract, is this record's title\./);
  });
  it('rejects naming the record above when it was complete', () => {
    const { problems } = parseDigest(`${header}Title One\n\nAbstract one.\n\n${meta}Title Two\n\n${meta}`, 'd.txt');
    expect(problems.map((p) => p.code)).toEqual(['missing-abstract']);
    expect(problems[0]?.message).not.toContain('Title One');
  });
  it('rejects a record whose abstract is missing, pointing at the metadata line', () => {
    const { records, problems, skipped } = parseDigest(`${header}Title\n\n${meta}`, 'd.txt');
    expect(records).toEqual([]);
    expect(skipped).toBe(1);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['missing-abstract', 5, 3]]);
  });
});

describe('parseDigest positions', () => {
  it('parses positions in listing order even when a record before is skipped', () => {
    const text = readFileSync(path.join(import.meta.dirname, 'fixtures/parse-digest/reject-title-without-letters/digest.txt'), 'utf8');
    const { records, skipped } = parseDigest(text, 'd.txt');
    expect(skipped).toBe(1);
    expect(records.map((r) => [r.title, r.position])).toEqual([['A Real Title', 2]]);
  });
  it('parses Hugging Face JSON positions the same way: a skipped item keeps its place', () => {
    const text = readFileSync(path.join(import.meta.dirname, 'fixtures/parse-hf-json/reject-bad-item/2025-04-18.json'), 'utf8');
    const items = JSON.parse(text) as unknown[];
    const { records, skipped } = parseDigestFile(JSON.stringify([items[1], ...items]), '2025-04-18.json');
    expect(skipped).toBe(2);
    expect(records.map((r) => r.position)).toEqual([2]);
  });
  it('parses Hugging Face JSON problems at the same line and column whatever its line endings (LF, CRLF, CR)', () => {
    const text = readFileSync(path.join(import.meta.dirname, 'fixtures/parse-hf-json/reject-bad-item/2025-04-18.json'), 'utf8').replace(/\r\n/g, '\n');
    const at = (endings: string) => parseDigestFile(text.replace(/\n/g, endings), '2025-04-18.json').problems.map((p) => [p.code, p.line, p.column, p.frame]);
    const lf = at('\n');
    expect(lf.length).toBeGreaterThan(0);
    expect(lf.every(([, line]) => Number(line) > 1)).toBe(true);
    expect(at('\r\n')).toEqual(lf);
    expect(at('\r')).toEqual(lf);
  });
  it('rejects counting a lone CR as no line break in Hugging Face JSON', () => {
    const { problems } = parseDigestFile('[\r{ "paper": 1 }\r]', '2025-04-18.json');
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['bad-item', 2, 12]]);
  });
});

describe('parseDigest diagnostics', () => {
  it('rejects with file, line, column, expected, found and a code frame', () => {
    const text = 'Nov 6, 2025\n\nTitle\n\nAbstract.\n\n  • 2 authors\n·\nsoon\n';
    const [problem] = parseDigest(text, 'seeds/x.txt').problems;
    expect(problem).toMatchObject({
      file: 'seeds/x.txt', line: 9, column: 1, code: 'bad-date-line', severity: 'error', found: 'soon',
    });
    expect(problem?.expected).toContain('Oct 12, 2023');
    expect(problem?.frame).toBe('   8 | ·\n>  9 | soon\n     | ^\n  10 | ');
  });
  it('rejects a one-line abstract right above `·` by naming the credit line that may be missing, not only the abstract', () => {
    const [problem] = parseDigest('Nov 6, 2025\n\nPaper A\n\nAbstract A is one line.\n·\nOct 1, 2025 4\n', 'x.txt').problems;
    expect(problem).toMatchObject({ code: 'missing-abstract', line: 5 });
    expect(problem?.message).toContain('author count or organization line is missing');
  });
  it('rejects a credit line that is neither an author count nor an organization handle, instead of reading it as one', () => {
    const { problems, records } = parseDigest('Nov 6, 2025\n\nPaper A\n\nAbstract A.\n\n  • 4 auteurs\n·\nOct 1, 2025 4\n', 'x.txt');
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.code, p.line, p.found])).toEqual([['bad-credit', 7, '• 4 auteurs']]);
  });
  it('rejects a dated file without a day line as records, never taking a record\'s date for the day line', () => {
    const abstract = 'We study a problem at length, with enough words to be an abstract rather than a line of page chrome, as every real abstract is.';
    const { problems } = parseDigest(`Paper A\n\n${abstract}\n\nOct 1\n\nPaper B\n\n${abstract}\n\n  • 2 authors\n·\nOct 2 3\n`, '2025-11-06.txt');
    // The file is rejected for what it lacks, the day line, at its top; a record's date is never read as one.
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toContain('missing-day-line');
    expect(problems.find((p) => p.code === 'missing-day-line')?.line).toBe(1);
    expect(problems.map((p) => p.code)).not.toContain('unknown-header-line');
    expect(problems.map((p) => p.code)).not.toContain('day-line-mismatch');
  });
  it('parses an empty file as no records but rejects it for its missing day', () => {
    const { records, problems, date } = parseDigest('', 'empty.txt');
    expect(records).toEqual([]);
    expect(date).toBeNull();
    expect(problems.map((p) => [p.code, p.line, p.found])).toEqual([['missing-day-line', 1, 'end of file']]);
  });
});

describe('the seeds', () => {
  const files = ['000_68f5369dbcaf82b9.txt', '001_28bed3adb2d7f8e2.txt', '002_9993b9f833ed6e1f.txt', '003_341d35e195483924.txt'];
  const parsed = files.map(seed);
  it('parses every record of every seed', () => {
    expect(parsed.map((p) => p.records.length)).toEqual([37, 46, 31, 33]);
    expect(parsed.map((p) => p.date)).toEqual(['2025-11-06', '2025-12-11', '2025-12-09', '2025-12-10']);
    expect(parsed.every((p) => p.skipped === 0)).toBe(true);
    expect(parsed.flatMap((p) => p.problems).filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('keeps the organization record and the truncated record without inventing fields', () => {
    const org = parsed[2]?.records.find((r) => r.organization);
    expect(org).toMatchObject({
      title: 'Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward',
      authors: null, organization: { handle: 'tencent', name: 'Tencent' }, published: '2025-10-03', upvotes: 2,
    });
    const truncated = parsed.flatMap((p) => p.records).filter((r) => r.truncated);
    expect(truncated).toHaveLength(1);
    expect(truncated[0]).toMatchObject({
      title: 'CurES: From Gradient Analysis to Efficient Curriculum Learning for Reasoning LLMs',
      authors: null, organization: null, published: null, upvotes: 0, position: 12,
    });
  });
  it('reads dates with and without a year, and upvotes when present', () => {
    const first = parsed[0]?.records.slice(0, 3).map((r) => [r.published, r.upvotes]);
    expect(first).toEqual([['2025-04-17', 2], ['2023-10-12', 0], ['2023-06-08', 1]]);
  });
  it('warns once per seed that its year was inferred, naming how to pin it', () => {
    const warnings = parsed.map((p) => p.problems.filter((x) => x.code === 'inferred-year'));
    expect(warnings.map((w) => w.length)).toEqual([1, 1, 1, 1]);
    expect(warnings[0]?.[0]?.message).toContain('2025-11-06.txt');
  });
});

