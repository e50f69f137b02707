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
  const items = doc.contents.items;
  const tags = data as TagDefinition[];
  const problems = validateTaxonomy(tags, (i) => {
    const start = (items[i] as { range?: [number, number, number] } | undefined)?.range?.[0];
    return start === undefined ? null : lineCounter.linePos(start).line;
  });
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return tags.map((t) => ({ ...t, include: t.include.map(String), support: (t.support ?? []).map(String), exclude: (t.exclude ?? []).map(String) }));
}
