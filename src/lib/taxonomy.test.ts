import { describe, expect, it } from 'vitest';
import { parseTaxonomy, validateTaxonomy } from './taxonomy.ts';

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
  it('rejects a term list written as a plain string, a misspelt field and a number for a parent, naming file and line', () => {
    const bad = GOOD.replace('exclude: [SLAM language model]', 'exclude: SLAM language model').replace('  parent: robotics', '  parent: 7\n  exlude: [hand]');
    expect(() => parseTaxonomy(bad, 'tax.yaml')).toThrow([
      'tax.yaml:',
      '  line 5, tag 1 (robotics): exclude must be a list of terms ([a, b])',
      '  line 9, tag 2 (grasping): unknown field exlude (expected one of slug, name, description, include, support, exclude, parent)',
      '  line 8, tag 2 (grasping): parent must be a tag\'s slug',
    ].join('\n'));
  });
  it('parses a blank parent as no parent', () => {
    expect(parseTaxonomy(GOOD.replace('  parent: robotics', '  parent:'), 'tax.yaml')[1]).not.toHaveProperty('parent');
  });
  it('rejects YAML that does not parse, with its line', () => {
    expect(() => parseTaxonomy(`${GOOD}- slug: x\n  include: [a, b\n`, 'tax.yaml')).toThrow(/^tax\.yaml:\n {2}line \d+: /);
  });
  it('rejects a document that is not a list of tags', () => {
    expect(() => parseTaxonomy('slug: robotics\n', 'tax.yaml')).toThrow('tax.yaml: expected a list of tags');
  });
});

describe('validateTaxonomy', () => {
  it('rejects bad slugs, duplicates, missing fields and unknown parents', () => {
    expect(validateTaxonomy([
      { slug: 'Bad Slug', name: 'x', description: 'x', include: ['x'] },
      { slug: 'a', name: '', description: 'x', include: [] },
      { slug: 'a', name: 'a', description: 'x', include: ['x'], parent: 'nope' },
    ])).toEqual([
      'tag 1 (Bad Slug): slug must be lowercase words joined by hyphens',
      'tag 2 (a): missing name',
      'tag 2 (a): needs at least one include term, as a list ([a, b])',
      'tag 3 (a): duplicate slug',
      'tag a: parent nope does not exist',
    ]);
  });
  it('parses the real taxonomy without problems', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseTaxonomy } = await import('./taxonomy.ts');
    const real = parseTaxonomy(readFileSync(new URL('../taxonomy/taxonomy.yaml', import.meta.url), 'utf8'));
    expect(real.length).toBeGreaterThanOrEqual(25);
    expect(real.length).toBeLessThanOrEqual(40);
  });
});
