/**
 * The taxonomy: what a topic is, and reading and checking the taxonomy file.
 * Pure: YAML text in, validated tags out. Tagging papers with it is `tagger.ts`.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
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


/** Parses and validates taxonomy YAML; throws one error listing every problem, each with its line. */
export function parseTaxonomy(text: string, file = 'taxonomy.yaml'): TagDefinition[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    throw new Error(`${file}:\n  ${doc.errors.map((e) => `line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}`).join('\n  ')}`);
  }
  const data: unknown = doc.toJS();
  if (!Array.isArray(data) || !isSeq(doc.contents)) throw new Error(`${file}: expected a list of tags`);
  const tags = data as TagDefinition[];
  const problems = validateTaxonomy(tags, (i, field) => {
    // The field's value (or the tag) as a node, for where it starts in the file.
    const node = doc.getIn(field === undefined ? [i] : [i, field], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : null;
  });
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return tags.map(({ parent, ...t }) => ({
    ...t,
    ...(typeof parent === 'string' ? { parent } : {}), // a blank `parent:` (null) is no parent
    include: t.include.map(String), support: (t.support ?? []).map(String), exclude: (t.exclude ?? []).map(String),
  }));
}

/** Checks a taxonomy for mistakes a curator can make; returns messages (empty when fine). */
export function validateTaxonomy(tags: readonly TagDefinition[], lineOf: (index: number, field?: string) => number | null = () => null): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  const isTermList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number');
  for (const [i, t] of tags.entries()) {
    // A problem with one field names that field's line; others, the tag's.
    const where = (field?: string) => {
      const line = lineOf(i, field) ?? lineOf(i);
      return `${line ? `line ${line}, ` : ''}tag ${i + 1} (${(t && typeof t.slug === 'string' && t.slug) || 'no slug'})`;
    };
    if (!t || typeof t !== 'object' || Array.isArray(t)) {
      problems.push(`${where()}: expected a tag (slug, name, description, include, …)`);
      continue;
    }
    for (const key of Object.keys(t)) if (!TAG_FIELDS.has(key)) problems.push(`${where(key)}: unknown field ${key} (expected one of ${[...TAG_FIELDS].join(', ')})`);
    if (typeof t.slug !== 'string' || !SLUG_PATTERN.test(t.slug)) problems.push(`${where('slug')}: slug must be lowercase words joined by hyphens`);
    if (slugs.has(t.slug)) problems.push(`${where('slug')}: duplicate slug`);
    slugs.add(t.slug);
    if (!t.name || typeof t.name !== 'string') problems.push(`${where('name')}: missing name`);
    if (!t.description || typeof t.description !== 'string') problems.push(`${where('description')}: missing description`);
    if (!isTermList(t.include) || t.include.length === 0) problems.push(`${where('include')}: needs at least one include term, as a list ([a, b])`);
    for (const key of ['support', 'exclude'] as const) if (t[key] !== undefined && !isTermList(t[key])) problems.push(`${where(key)}: ${key} must be a list of terms ([a, b])`);
    // A blank `parent:` is no parent.
    if (t.parent !== undefined && t.parent !== null && typeof t.parent !== 'string') problems.push(`${where('parent')}: parent must be a tag's slug`);
  }
  for (const [i, t] of tags.entries()) {
    const line = lineOf(i, 'parent');
    if (t && typeof t.parent === 'string' && !slugs.has(t.parent)) problems.push(`${line ? `line ${line}, ` : ''}tag ${t.slug}: parent ${t.parent} does not exist`);
  }
  return problems;
}
