import { describe, expect, it } from 'vitest';
import type { Paper } from './corpus.ts';
import { formatBibtex, escapeBibtex, jsonForScript, scholarlyArticle } from './citation.ts';
import { CAPITAL_GREEK, PREFIXES, RELATIONS, RULES } from './latex-repair.ts';

const paper: Paper = {
  slug: 'low-probability-tokens', key: 'x', title: 'Low-probability Tokens: 100% & {braces}_x',
  abstract: 'Abstract </script><script>alert(1)</script>', authors: null,
  organization: { handle: 'tencent', name: 'Tencent' }, published: '2025-10-03', upvotes: 2,
  appearances: [{ date: '2025-12-09', position: 3, upvotes: 2 }], arxivId: null, authorNames: null, aliases: [], namesakes: [],
};
const ctx = { url: 'https://example.org/papers/low-probability-tokens/', dayUrls: ['https://example.org/days/2025-12-09/'], keywords: ['Reinforcement learning'], siteName: 'Broadsheet' };

describe('scholarlyArticle', () => {
  it('parses a paper into ScholarlyArticle fields it actually knows', () => {
    const ld = scholarlyArticle(paper, ctx);
    expect(ld).toMatchObject({
      '@type': 'ScholarlyArticle', name: paper.title, datePublished: '2025-10-03', keywords: ['Reinforcement learning'],
      sourceOrganization: { '@type': 'Organization', name: 'Tencent' },
      isPartOf: [{ '@type': 'CollectionPage', url: 'https://example.org/days/2025-12-09/' }],
    });
    expect(ld).not.toHaveProperty('author');
  });
  it('rejects unknown fields: no date, organization or upvotes for a truncated paper', () => {
    const ld = scholarlyArticle({ ...paper, organization: null, published: null, upvotes: null }, ctx);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('sourceOrganization');
    expect(ld).not.toHaveProperty('interactionStatistic');
  });
  it('escapes JSON for a script element so text cannot close it', () => {
    const json = jsonForScript(scholarlyArticle(paper, ctx));
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).abstract).toBe(paper.abstract);
    const hostile = jsonForScript({ text: '</script><script>x</script> a\u2028b\u2029c' });
    expect(hostile).toBe('{"text":"\\u003c/script>\\u003cscript>x\\u003c/script> a\\u2028b\\u2029c"}');
    expect(JSON.parse(hostile).text).toBe('</script><script>x</script> a\u2028b\u2029c');
  });
});

describe('formatBibtex', () => {
  it('rejects one key for two papers: titles alike in their first words (or one slug suffixed) get keys of their own', () => {
    const keyOf = (slug: string) => /^@misc\{([^,]+),/.exec(formatBibtex({ ...paper, slug }, ctx))?.[1];
    const keys = ['deep-learning-for-protein-folding-at-scale', 'deep-learning-for-protein-design', 'naive-bayes-revisited-0nwheij', 'naive-bayes-revisited-1o1xo7p'].map(keyOf);
    expect(new Set(keys).size).toBe(4);
    expect(keys[0]).toBe('deep2025_deep-learning-for-protein-folding-at-scale');
    // A key starts with a word that tells the paper apart, not the title's article or preposition.
    expect(keyOf('a-deep-conjugate-direction-method')).toBe('deep2025_a-deep-conjugate-direction-method');
    expect(keyOf('on-the-of')).toBe('on2025_on-the-of');
  });
  it('parses a paper into a @misc entry with escaped title', () => {
    expect(formatBibtex(paper, ctx)).toBe([
      '@misc{low2025_low-probability-tokens,',
      '  title = {{Low-probability Tokens: 100\\% \\& \\{braces\\}\\_x}},',
      '  organization = {Tencent},',
      '  year = 2025,',
      '  month = oct,',
      '  howpublished = {\\url{https://example.org/papers/low-probability-tokens/}},',
      '  note = {listed in Broadsheet paper digests}',
      '}',
    ].join('\n'));
  });
  it('parses the maths LaTeX repair shows into TeX that classic BibTeX and pdfLaTeX can typeset', () => {
    expect(escapeBibtex('A Bound with ℓ∞ Guarantee for ℓ₁₂, A ∈ ℝ^n, ε⁻², Θ̃(d), 𝒪(K), Bᵀ and “sketched” data_sets'))
      .toBe('A Bound with \\ensuremath{\\ell_\\infty} Guarantee for \\ensuremath{\\ell_{12}}, A \\ensuremath{\\in} \\ensuremath{\\mathbb{R}}\\textasciicircum{}n, '
        + '\\ensuremath{\\epsilon^{-2}}, \\ensuremath{\\tilde{\\Theta}}(d), \\ensuremath{\\mathcal{O}}(K), B\\ensuremath{^{\\top}} and ``sketched\'\' data\\_sets');
  });
  it('parses every symbol a LaTeX repair rule writes into TeX, so no rule can add one BibTeX cannot typeset', () => {
    // The symbols of the named tables too: rules that look a name up write them.
    const tables = [CAPITAL_GREEK, RELATIONS, PREFIXES].flatMap((t) => Object.values(t));
    const written = new Set(RULES.flatMap(([, , replacement]) => (typeof replacement === 'string' ? [...replacement.replace(/[\x00-\x7f]/g, '')] : [])).concat(tables));
    expect(written.size).toBeGreaterThan(10);
    for (const symbol of written) expect(escapeBibtex(`a ${symbol} b`), symbol).toMatch(/^a [\x00-\x7f]+ b$/);
  });
  it('rejects what TeX cannot take: a second superscript on one base, a stray combining tilde; a Catalan l·l stays text', () => {
    expect(escapeBibtex('x²ᵢ²')).toBe('x\\ensuremath{^{2}_{i}{}^{2}}');
    expect(escapeBibtex('ε̃-optimal')).toBe('\\ensuremath{\\tilde{\\epsilon}}-optimal');
    expect(escapeBibtex('Col·legi, a·b and d· x')).toBe('Col·legi, a·b and d\\ensuremath{\\cdot} x');
  });
  it('rejects BibTeX control characters in text', () => {
    expect(escapeBibtex('a\\b^c~d')).toBe('a\\textbackslash{}b\\textasciicircum{}c\\textasciitilde{}d');
  });
});

describe('citations with a known arXiv id and authors', () => {
  const known = { ...paper, arxivId: '2504.13161', authorNames: ['Shizhe Diao', 'Yu_Yang'] };
  it('parses them into an arXiv-style BibTeX entry with authors', () => {
    const bib = formatBibtex(known, ctx);
    expect(bib).toContain('  author = {Shizhe Diao and Yu\\_Yang},');
    expect(bib).toContain('  eprint = {2504.13161},\n  archivePrefix = {arXiv},\n  doi = {10.48550/arXiv.2504.13161},\n  url = {https://arxiv.org/abs/2504.13161}');
    expect(bib).not.toContain('howpublished');
  });
  it('puts authors and the arXiv id in JSON-LD', () => {
    expect(scholarlyArticle(known, ctx)).toMatchObject({ author: [{ '@type': 'Person', name: 'Shizhe Diao' }, { '@type': 'Person', name: 'Yu_Yang' }], identifier: 'arXiv:2504.13161', sameAs: 'https://arxiv.org/abs/2504.13161' });
  });
});
