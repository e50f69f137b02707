/**
 * The taxonomy: what a topic is, and reading and checking the taxonomy file.
 * Pure: YAML text in, validated tags out. Tagging papers with it is `tagger.ts`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { abbreviate, createDiagnostic, formatDiagnostic, type Diagnostic, type DiagnosticInput } from './diagnostics.ts';
import { didYouMean } from './did-you-mean.ts';
import { SLUG_PATTERN } from './titles.ts';

/** The fields a tag may have; any other is a mistake worth reporting (a misspelt `exclude` would silently veto nothing). */
const TAG_FIELDS = new Set(['slug', 'name', 'description', 'include', 'support', 'exclude', 'parent']);

/** One topic of the taxonomy. */
export interface TagDefinition {
  /** URL slug, e.g. `bilevel-optimization`. */
  slug: string;
  /** Display name, e.g. `Bilevel optimization`. */
  name: string;
  /** One paragraph of plain text (web addresses become links, as in abstracts). */
  description: string;
  /** Words or phrases that are evidence for the tag. */
  include: string[];
  /** Generic words or phrases that support the tag but can never carry it alone (`TAG_WEIGHTS`: 1 in a title, 0.5 in an abstract). */
  support?: string[];
  /** Words or phrases that veto the tag (false friends). */
  exclude?: string[];
  /** Slug of a broader tag. */
  parent?: string;
}

/** A mistake in the taxonomy: which tag (by position) and field, a stable code, what was expected and found. */
export interface TaxonomyProblem {
  /** Position of the tag in the list, from 0. */
  index: number;
  /** The field at fault; none when it is the tag itself. */
  field?: string;
  /** Stable machine-readable code, e.g. `bad-slug`. */
  code: string;
  expected: string;
  found: string;
  /** What is wrong, in words a curator can act on. */
  message: string;
}

/** Thrown when the taxonomy cannot be used; carries every problem, each with its line, column and code frame. */
export class TaxonomyError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(file: string, diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in ${file}:\n\n${diagnostics.map(formatDiagnostic).join('\n\n')}`);
    this.name = 'TaxonomyError';
    this.diagnostics = diagnostics;
  }
}

/** Parses and validates taxonomy YAML; throws one error listing every problem, each with its line, column and code frame. */
export function parseTaxonomy(text: string, file = 'taxonomy.yaml'): TagDefinition[] {
  const lines = text.split(/\r\n|\r|\n/);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const fail = (problems: (DiagnosticInput & { column: number })[]): never => {
    throw new TaxonomyError(file, problems.map((p) => createDiagnostic(lines, p)));
  };
  if (doc.errors.length > 0) {
    fail(doc.errors.map((e) => ({
      code: 'bad-yaml', severity: 'error', file, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1,
      expected: 'YAML: a list of tags', found: e.code, message: e.message.split('\n')[0] ?? e.message,
    })));
  }
  const data: unknown = doc.toJS();
  if (!Array.isArray(data) || !isSeq(doc.contents)) {
    fail([{ code: 'not-a-list', severity: 'error', file, line: 1, column: 1, expected: 'a list of tags (`- slug: …`)', found: abbreviate(lines[0] ?? ''), message: 'The taxonomy is a YAML list, one item per tag.' }]);
  }
  const tags = data as TagDefinition[];
  // Where a field's value starts in the file; its key, when the key is the mistake; the tag, when the field is missing.
  const positionOf = (index: number, field?: string, atKey = false) => {
    const tag = doc.getIn([index], true);
    const key = atKey && isMap(tag) ? tag.items.find((pair) => isScalar(pair.key) && pair.key.value === field)?.key : undefined;
    const node = (key ?? (field === undefined ? undefined : doc.getIn([index, field], true)) ?? tag) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  };
  const problems = validateTaxonomy(tags);
  if (problems.length > 0) {
    fail(problems.map((p) => {
      const { line, col } = positionOf(p.index, p.field, p.code === 'unknown-field');
      const slug = tags[p.index]?.slug;
      return { code: p.code, severity: 'error', file, line, column: col, expected: p.expected, found: p.found, message: `Tag ${p.index + 1} (${typeof slug === 'string' && slug ? slug : 'no slug'}): ${p.message}` };
    }));
  }
  return tags.map(({ parent, ...t }) => ({
    ...t,
    ...(typeof parent === 'string' ? { parent } : {}), // a blank `parent:` (null) is no parent
    include: t.include.map(String), support: (t.support ?? []).map(String), exclude: (t.exclude ?? []).map(String),
  }));
}

/** A value as a problem shows it: JSON, shortened; "nothing" when absent. */
const shown = (value: unknown) => (value === undefined || value === null ? 'nothing' : abbreviate(JSON.stringify(value)));

/** Checks a taxonomy for mistakes a curator can make (empty when fine); `parseTaxonomy` places them in the file. */
export function validateTaxonomy(tags: readonly TagDefinition[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  const slugs = new Set<string>();
  const isTermList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number');
  const termList = '(a list of terms: [a, b])';
  const add = (index: number, field: string | undefined, code: string, expected: string, found: string, message: string) =>
    problems.push({ index, ...(field === undefined ? {} : { field }), code, expected, found, message });
  for (const [index, t] of tags.entries()) {
    if (!t || typeof t !== 'object' || Array.isArray(t)) {
      add(index, undefined, 'bad-tag', 'a tag (slug, name, description, include, …)', shown(t), 'Each item of the list is a tag with its fields.');
      continue;
    }
    for (const key of Object.keys(t)) {
      if (!TAG_FIELDS.has(key)) add(index, key, 'unknown-field', `one of ${[...TAG_FIELDS].join(', ')}`, key, `Unknown field ${key}: a misspelt field would be ignored.`);
    }
    if (typeof t.slug !== 'string' || !SLUG_PATTERN.test(t.slug)) add(index, 'slug', 'bad-slug', 'lowercase words joined by hyphens (`bilevel-optimization`)', shown(t.slug), 'The slug is the topic\'s address.');
    else if (slugs.has(t.slug)) add(index, 'slug', 'duplicate-slug', 'a slug no other tag has', shown(t.slug), 'Two tags cannot share an address.');
    slugs.add(t.slug);
    if (!t.name || typeof t.name !== 'string') add(index, 'name', 'missing-name', 'a display name', shown(t.name), 'Every tag needs a name.');
    if (!t.description || typeof t.description !== 'string') add(index, 'description', 'missing-description', 'one paragraph of text', shown(t.description), 'Every tag needs a description.');
    if (!isTermList(t.include) || t.include.length === 0) add(index, 'include', 'missing-include', `at least one include term ${termList}`, shown(t.include), 'A tag without include terms can never apply.');
    for (const key of ['support', 'exclude'] as const) {
      if (t[key] !== undefined && !isTermList(t[key])) add(index, key, 'bad-terms', termList, shown(t[key]), `${key} must be a list, even of one term.`);
    }
    // A blank `parent:` is no parent.
    if (t.parent !== undefined && t.parent !== null && typeof t.parent !== 'string') add(index, 'parent', 'bad-parent', 'a tag\'s slug', shown(t.parent), 'The parent names a broader tag by its slug.');
  }
  for (const [index, t] of tags.entries()) {
    if (t && typeof t.parent === 'string' && !slugs.has(t.parent)) {
      add(index, 'parent', 'unknown-parent', 'the slug of a tag in this file', shown(t.parent), `Parent ${t.parent} does not exist${didYouMean(t.parent, slugs)}.`);
    }
  }
  return problems;
}
