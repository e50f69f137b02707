/**
 * Reads the taxonomy file. Pure: YAML text in, validated tags out.
 */
import { parse } from 'yaml';
import { validateTaxonomy, type TagDefinition } from './tagger.ts';

/** Parses and validates taxonomy YAML; throws one error listing every problem. */
export function parseTaxonomy(text: string, file = 'taxonomy.yaml'): TagDefinition[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of tags`);
  const tags = data as TagDefinition[];
  const problems = validateTaxonomy(tags);
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return tags.map((t) => ({ ...t, include: t.include.map(String), support: (t.support ?? []).map(String), exclude: (t.exclude ?? []).map(String) }));
}
