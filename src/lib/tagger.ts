/**
 * Topic tagging: a pure function from a paper to tags, with the evidence for
 * each. Terms match whole words (and whole word sequences for phrases) after a
 * light stemming, title matches weigh more than abstract matches, exclusion
 * terms veto a tag, and a tag needs a minimum score.
 */

/** One topic of the taxonomy. */
export interface TagDefinition {
  /** URL slug, e.g. `bilevel-optimization`. */
  slug: string;
  /** Display name, e.g. `Bilevel optimization`. */
  name: string;
  /** One paragraph, Markdown. */
  description: string;
  /** Words or phrases that are evidence for the tag. */
  include: string[];
  /** Words or phrases that veto the tag (false friends). */
  exclude?: string[];
  /** Slug of a broader tag. */
  parent?: string;
}

/** Why a tag applies: one matched term. */
export interface TagEvidence {
  /** The taxonomy term that matched. */
  term: string;
  /** Where it matched; title evidence weighs more. */
  field: 'title' | 'abstract';
  /** How often it matched in that field. */
  count: number;
}

/** A tag assigned to a paper. */
export interface TagMatch {
  slug: string;
  score: number;
  evidence: TagEvidence[];
}

/** Scoring weights; a tag applies when its score reaches `threshold`. */
export const TAG_WEIGHTS = { title: 3, abstract: 1, repeat: 0.5, repeatCap: 2, threshold: 2 } as const;

/** Light stemming: folds plurals and a few suffixes so `networks`/`network`, `clustering`/`clusters` meet. */
export function stemWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|us|is)$/.test(w)) return w;
  else if (w.length > 3 && w.endsWith('es') && /(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** Lowercased, stemmed word tokens; hyphens and punctuation separate words. */
export function tokenize(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stemWord);
}

function countPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return 0;
  let count = 0;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    count++;
  }
  return count;
}

/** A taxonomy prepared for repeated tagging (terms tokenized once). */
export interface CompiledTaxonomy {
  tags: { def: TagDefinition; include: { term: string; tokens: string[] }[]; exclude: string[][] }[];
}

/** Tokenizes every term once. */
export function compileTaxonomy(tags: readonly TagDefinition[]): CompiledTaxonomy {
  return {
    tags: tags.map((def) => ({
      def,
      include: def.include.map((term) => ({ term, tokens: tokenize(term) })),
      exclude: (def.exclude ?? []).map(tokenize),
    })),
  };
}

/** Tags a paper: every tag whose score reaches the threshold, best first, with evidence. */
export function tagPaper(paper: { title: string; abstract: string }, taxonomy: CompiledTaxonomy): TagMatch[] {
  const title = tokenize(paper.title);
  const abstract = tokenize(paper.abstract);
  const matches: TagMatch[] = [];
  for (const tag of taxonomy.tags) {
    if (tag.exclude.some((t) => countPhrase(title, t) + countPhrase(abstract, t) > 0)) continue;
    const evidence: TagEvidence[] = [];
    let score = 0;
    for (const { term, tokens } of tag.include) {
      const inTitle = countPhrase(title, tokens);
      const inAbstract = countPhrase(abstract, tokens);
      if (inTitle > 0) evidence.push({ term, field: 'title', count: inTitle });
      if (inAbstract > 0) evidence.push({ term, field: 'abstract', count: inAbstract });
      if (inTitle > 0) score += TAG_WEIGHTS.title;
      else if (inAbstract > 0) score += TAG_WEIGHTS.abstract + TAG_WEIGHTS.repeat * Math.min(inAbstract - 1, TAG_WEIGHTS.repeatCap);
    }
    if (score >= TAG_WEIGHTS.threshold) matches.push({ slug: tag.def.slug, score, evidence });
  }
  return matches.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/** Checks a taxonomy for mistakes a curator can make; returns messages (empty when fine). */
export function validateTaxonomy(tags: readonly TagDefinition[]): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  for (const [i, t] of tags.entries()) {
    const where = `tag ${i + 1} (${t.slug || 'no slug'})`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(t.slug ?? '')) problems.push(`${where}: slug must be lowercase words joined by hyphens`);
    if (slugs.has(t.slug)) problems.push(`${where}: duplicate slug`);
    slugs.add(t.slug);
    if (!t.name) problems.push(`${where}: missing name`);
    if (!t.description) problems.push(`${where}: missing description`);
    if (!Array.isArray(t.include) || t.include.length === 0) problems.push(`${where}: needs at least one include term`);
  }
  for (const t of tags) if (t.parent && !slugs.has(t.parent)) problems.push(`tag ${t.slug}: parent ${t.parent} does not exist`);
  return problems;
}
