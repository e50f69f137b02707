import { describe, expect, it } from 'vitest';
import { parseTaxonomy, TaxonomyError, validateTaxonomy } from './taxonomy.ts';

/** The error `run` throws, which must be a TaxonomyError. */
function errorOf(run: () => unknown): TaxonomyError {
  try {
    run();
  } catch (error) {
    if (error instanceof TaxonomyError) return error;
    throw error;
  }
  throw new Error('expected a TaxonomyError, nothing was thrown');
}

const GOOD = `- slug: robotics
  name: Robotics
  description: Robots.
  include: [robot, manipulation]
  exclude: [SLAM language model]
- slug: grasping
  name: Grasping
  parent: robotics
  description: Grasps.
  include: [grasp]
`;

describe('parseTaxonomy', () => {
  it('parses tags with their terms as strings', () => {
    const tags = parseTaxonomy(GOOD, 'tax.yaml');
    expect(tags.map((t) => t.slug)).toEqual(['robotics', 'grasping']);
    expect(tags[0]?.exclude).toEqual(['SLAM language model']);
    expect(tags[1]).toMatchObject({ parent: 'robotics', support: [], exclude: [] });
  });
  it('rejects a term list written as a plain string, a misspelt field and a number for a parent, naming file, line, column and code', () => {
    const bad = GOOD.replace('exclude: [SLAM language model]', 'exclude: SLAM language model').replace('  parent: robotics', '  parent: 7\n  exlude: [hand]');
    const error = errorOf(() => parseTaxonomy(bad, 'tax.yaml'));
    expect(error.diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.found])).toEqual([
      ['tax.yaml', 5, 12, 'bad-terms', '"SLAM language model"'],
      ['tax.yaml', 9, 3, 'unknown-field', 'exlude'],
      ['tax.yaml', 8, 11, 'bad-parent', '7'],
    ]);
    // Printed as digest problems are, with a code frame pointing at the value.
    expect(error.message).toContain('tax.yaml:5:12 error [bad-terms] Tag 1 (robotics): exclude must be a list, even of one term.\n  expected: (a list of terms: [a, b])');
    expect(error.message).toContain('> 5 |   exclude: SLAM language model\n    |            ^');
  });
  it('parses a blank parent as no parent', () => {
    expect(parseTaxonomy(GOOD.replace('  parent: robotics', '  parent:'), 'tax.yaml')[1]).not.toHaveProperty('parent');
  });
  it('rejects YAML that does not parse, with its line', () => {
    const error = errorOf(() => parseTaxonomy(`${GOOD}- slug: x\n  include: [a, b\n`, 'tax.yaml'));
    expect(error.diagnostics.map((d) => d.code)).toContain('bad-yaml');
    expect(error.diagnostics.every((d) => d.line >= 12)).toBe(true);
  });
  it('rejects a document that is not a list of tags', () => {
    expect(errorOf(() => parseTaxonomy('slug: robotics\n', 'tax.yaml')).diagnostics.map((d) => [d.line, d.code])).toEqual([[1, 'not-a-list']]);
  });
});

describe('validateTaxonomy', () => {
  it('rejects bad slugs, duplicates, missing fields and unknown parents', () => {
    expect(validateTaxonomy([
      { slug: 'Bad Slug', name: 'x', description: 'x', include: ['x'] },
      { slug: 'a', name: '', description: 'x', include: [] },
      { slug: 'a', name: 'a', description: 'x', include: ['x'], parent: 'nope' },
    ]).map((p) => [p.index, p.field, p.code, p.found])).toEqual([
      [0, 'slug', 'bad-slug', '"Bad Slug"'],
      [1, 'name', 'missing-name', '""'],
      [1, 'include', 'missing-include', '[]'],
      [2, 'slug', 'duplicate-slug', '"a"'],
      [2, 'parent', 'unknown-parent', '"nope"'],
    ]);
    // A parent that is a typo of a slug names it.
    expect(validateTaxonomy([
      { slug: 'robotics', name: 'R', description: 'x', include: ['x'] },
      { slug: 'grasping', name: 'G', description: 'x', include: ['x'], parent: 'robotic' },
    ]).map((p) => p.message)).toEqual(['Parent robotic does not exist (did you mean "robotics"?).']);
  });
  it('parses the real taxonomy without problems', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseTaxonomy } = await import('./taxonomy.ts');
    const real = parseTaxonomy(readFileSync(new URL('../taxonomy/taxonomy.yaml', import.meta.url), 'utf8'));
    expect(real.length).toBeGreaterThanOrEqual(25);
    expect(real.length).toBeLessThanOrEqual(40);
  });
});
