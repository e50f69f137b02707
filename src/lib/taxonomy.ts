/**
 * Reads the taxonomy file. Pure: YAML text in, validated tags out.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { validateTaxonomy, type TagDefinition } from './tagger.ts';

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
