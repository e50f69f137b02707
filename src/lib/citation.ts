/**
 * Citation metadata for paper pages: schema.org JSON-LD, BibTeX and the
 * fields scholarly tools read. Only what the sources know is emitted: author
 * names and arXiv ids appear when Hugging Face JSON or a curator's note gives
 * them, and are never invented.
 */
import { arxivAbsUrl, arxivDoi } from './arxiv.ts';
import type { Paper } from './corpus.ts';
import { countOf } from './counts.ts';
import { CAPITAL_GREEK, DOUBLE_STRUCK, GREEK, PREFIXES, RELATIONS, SCRIPT, SUBSCRIPT, SUPERSCRIPT } from './latex-repair.ts';

/** Site-level facts a citation needs. */
export interface CitationContext {
  /** Canonical URL of the paper page. */
  url: string;
  /** Canonical URLs of the day pages it appeared on, oldest first. */
  dayUrls: string[];
  /** Tag names. */
  keywords: string[];
  siteName: string;
}

/** schema.org ScholarlyArticle for a paper page. */
export function scholarlyArticle(paper: Paper & { abstractText?: string }, ctx: CitationContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': ctx.url,
    url: ctx.url,
    name: paper.title,
    // Whole: Google's old 110-character limit for headlines is gone, and a cut title is wrong data.
    headline: paper.title,
    abstract: paper.abstractText ?? paper.abstract,
    ...(paper.published ? { datePublished: paper.published } : {}),
    ...(ctx.keywords.length ? { keywords: ctx.keywords } : {}),
    ...(paper.authorNames?.length ? { author: paper.authorNames.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(paper.arxivId ? { identifier: `arXiv:${paper.arxivId}`, sameAs: arxivAbsUrl(paper.arxivId) } : {}),
    ...(paper.organization ? { sourceOrganization: { '@type': 'Organization', name: paper.organization.name, identifier: paper.organization.handle } } : {}),
    ...(paper.upvotes !== null ? { interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: paper.upvotes } } : {}),
    isPartOf: ctx.dayUrls.map((u) => ({ '@type': 'CollectionPage', '@id': u, url: u })),
  };
}


/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function jsonForScript(value: unknown): string {
  // One pass (every paper page embeds its abstract); U+2028/9 are escaped for older script parsers.
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
  '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_',
};

/**
 * The symbols LaTeX repair (`latex-repair.ts`) puts into titles, as TeX math: classic BibTeX
 * with pdfLaTeX cannot typeset ℓ or ∞ (\mathbb needs amssymb, as in most papers that use ℝ).
 */
const TEX_MATH: Record<string, string> = {
  // LaTeX repair writes ℓ_∞ as ℓ∞ (Unicode has no subscript ∞); first, so it wins over ℓ alone.
  'ℓ∞': '\\ell_\\infty',
  'ℓ': '\\ell', '∞': '\\infty', '×': '\\times', '≤': '\\leq', '≥': '\\geq', '≠': '\\neq', '·': '\\cdot', '≫': '\\gg', '≪': '\\ll',
  '→': '\\to', '↦': '\\mapsto', '←': '\\leftarrow', '⇒': '\\Rightarrow', '⇔': '\\Leftrightarrow', '↔': '\\leftrightarrow',
  '⟨': '\\langle', '⟩': '\\rangle', '∈': '\\in', '†': '\\dagger', '√': '\\surd', 'Θ': '\\Theta', 'Ω': '\\Omega', 'ϑ': '\\vartheta',
  'Õ': '\\tilde{O}', '…': '\\ldots', '∘': '\\circ', '°': '^\\circ',
  ...Object.fromEntries(Object.entries(DOUBLE_STRUCK).map(([letter, c]) => [c, `\\mathbb{${letter}}`])),
  ...Object.fromEntries(Object.entries(GREEK).map(([name, c]) => [c, `\\${name}`])),
  ...Object.fromEntries(Object.entries({ ...CAPITAL_GREEK, ...RELATIONS, ...PREFIXES }).map(([name, c]) => [c, `\\${name}`])),
  ...Object.fromEntries([...SCRIPT].map((c, i) => [c, `\\mathcal{${String.fromCharCode(65 + i)}}`])),
};
const SCRIPTS: Record<string, [mark: '^' | '_', char: string]> = {
  ...Object.fromEntries(Object.entries(SUPERSCRIPT).map(([char, c]) => [c, ['^', char]])),
  ...Object.fromEntries(Object.entries(SUBSCRIPT).filter(([char]) => char.length === 1).map(([char, c]) => [c, ['_', char]])),
  'ᵀ': ['^', '\\top '],
};
// A symbol, or any character with a combining tilde (Θ̃, ε̃: widetilde), which pdfLaTeX cannot take as text.
const MATH_SYMBOL = [...Object.keys(TEX_MATH), ...Object.keys(SCRIPTS)].map((c) => `${c}(?!\u0303)`).concat('\\P{M}\u0303').join('|');
const MATH_RUN = new RegExp(`(?:${MATH_SYMBOL})+`, 'gu');
const MATH_TOKEN = new RegExp(MATH_SYMBOL, 'gu');

/** A run of math symbols as one `\ensuremath{…}`, sub- and superscript digits grouped: ℓ₁₂ → \ensuremath{\ell_{12}}. */
function texMath(run: string, offset: number, whole: string): string {
  // A middle dot between letters is a Catalan l·l, not a product.
  if (run === '·' && /\p{L}/u.test(whole[offset - 1] ?? '') && /\p{L}/u.test(whole[offset + 1] ?? '')) return run;
  let out = '';
  let open: '^' | '_' | null = null;
  // Marks already used on the current base: a second superscript needs a new (empty) base, or TeX stops.
  const used = new Set<string>();
  for (const c of run.match(MATH_TOKEN) ?? []) {
    const script = SCRIPTS[c];
    if (script && script[0] === open) { out += script[1]; continue; }
    if (open) out = `${out.trimEnd()}}`;
    open = script ? script[0] : null;
    if (!script) used.clear();
    else if (used.has(script[0])) { out = `${out}{}`; used.clear(); }
    if (script) used.add(script[0]);
    const symbol = c.endsWith('\u0303') ? `\\tilde{${TEX_MATH[c.slice(0, -1)] ?? c.slice(0, -1)}}` : TEX_MATH[c] ?? c;
    out = script ? `${out.trimEnd()}${script[0]}{${script[1]}` : `${out}${symbol} `;
  }
  return `\\ensuremath{${open ? `${out.trimEnd()}}` : out.trimEnd()}}`;
}

/** Escapes text for a BibTeX field value (one pass, so escapes are never escaped again); maths becomes TeX. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\^~{}%&$#_]/g, (c) => BIBTEX_ESCAPES[c] ?? c)
    .normalize('NFC')
    .replace(MATH_RUN, texMath)
    .replace(/[“”]/g, (q) => (q === '“' ? '``' : "''"))
    // Dashes as TeX writes them, so classic BibTeX needs no Unicode input.
    .replace(/[–—]/g, (d) => (d === '–' ? '--' : '---'));
}

/** Words a cite key does not start with: they open titles without telling one from another. */
const KEY_SKIPS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'by', 'from', 'at', 'is', 'are', 'do', 'does', 'how', 'what', 'why', 'when', 'can', 'towards', 'toward']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX entry: arXiv-style (`eprint`, `archivePrefix`, authors) when the
 * arXiv id is known, otherwise a `@misc` entry citing the paper page.
 */
export function formatBibtex(paper: Paper, ctx: Pick<CitationContext, 'url'> & { accessed?: string }): string {
  // A word and a year, as keys usually start ('a2022' says nothing), then the whole slug, which no other paper
  // of the site has: two entries cited together never share a key.
  const words = paper.slug.split('-');
  const word = words.find((w) => !KEY_SKIPS.has(w)) ?? words[0] ?? 'paper';
  const key = `${word}${paper.published?.slice(0, 4) ?? ''}_${paper.slug}`.replace(/[^a-z0-9_-]/gi, '');
  // Values are written as given: braced text, or bare numbers and month macros.
  const fields: [string, string][] = [['title', `{{${escapeBibtex(paper.title)}}}`]];
  if (paper.authorNames?.length) fields.push(['author', `{${paper.authorNames.map(escapeBibtex).join(' and ')}}`]);
  if (paper.organization) fields.push(['organization', `{${escapeBibtex(paper.organization.name)}}`]);
  if (paper.published) {
    fields.push(['year', paper.published.slice(0, 4)]);
    fields.push(['month', MONTHS[Number(paper.published.slice(5, 7)) - 1] ?? 'jan']);
  }
  if (paper.arxivId) {
    fields.push(['eprint', `{${paper.arxivId}}`], ['archivePrefix', '{arXiv}'], ['doi', `{${arxivDoi(paper.arxivId)}}`], ['url', `{${arxivAbsUrl(paper.arxivId)}}`]);
  } else {
    fields.push(['howpublished', `{\\url{${ctx.url}}}`]);
    const note = [paper.authors !== null ? countOf(paper.authors, 'author') : null, 'listed in Broadsheet paper digests'].filter(Boolean).join('; ');
    fields.push(['note', `{${escapeBibtex(note)}}`]);
  }
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
