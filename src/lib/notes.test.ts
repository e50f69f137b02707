import { describe, expect, it } from 'vitest';
import type { Day, Paper } from './corpus.ts';
import { NoteError } from './notes.ts';
import { buildSiteModel } from './site-model.ts';
import type { TagDefinition } from './taxonomy.ts';

const paper = (slug: string, title: string): Paper => ({
  slug, key: slug, title, abstract: 'We study graph neural networks and message passing on graphs.', authors: 3, organization: null,
  published: '2024-01-01', upvotes: 1, appearances: [{ date: '2025-11-06', position: 1, upvotes: 1 }], arxivId: null, authorNames: null, aliases: [], namesakes: [],
});
const days: Day[] = [{ date: '2025-11-06', file: 'd.txt', entries: [{ position: 1, slug: 'gnn', upvotes: 1 }] }];
const taxonomy: TagDefinition[] = [
  { slug: 'graphs', name: 'Graphs', description: 'Graphs.', include: ['graph neural network', 'message passing'] },
  { slug: 'solvers', name: 'Solvers', description: 'Solvers.', include: ['linear system'] },
];

describe('curators\' notes in the site model', () => {
  it('parses corrections, ids, authors, links and tag changes onto the paper', () => {
    const site = buildSiteModel([paper('gnn', 'GNNs')], days, taxonomy, {
      similar: false,
      paperNotes: [{ slug: 'gnn', file: 'n.mdx', title: 'GNNs in ell_2', arxiv: '2106.01680', authors: ['A', 'B'], code: 'https://c', addTags: ['solvers'], removeTags: ['graphs'] }],
      tagNotes: [{ slug: 'solvers', file: 't.mdx', name: 'Linear solvers' }],
    });
    const p = site.bySlug.get('gnn');
    expect(p).toMatchObject({ title: 'GNNs in ℓ₂', rawTitle: 'GNNs', arxivId: '2106.01680', authorNames: ['A', 'B'], authors: 2, links: { code: 'https://c' }, hasNote: true });
    expect(p?.tags.map((t) => t.slug)).toEqual(['solvers']);
    expect(site.tagBySlug.get('solvers')).toMatchObject({ name: 'Linear solvers', hasNote: true, papers: ['gnn'] });
    expect(site.tagBySlug.has('graphs')).toBe(false);
  });
  it('rejects notes for papers or tags that do not exist, naming every file', () => {
    const run = () => buildSiteModel([paper('gnn', 'GNNs')], days, taxonomy, {
      similar: false,
      paperNotes: [{ slug: 'nope', file: 'src/notes/papers/nope.mdx', addTags: [], removeTags: [] }, { slug: 'gnn', file: 'src/notes/papers/gnn.mdx', addTags: ['ghost'], removeTags: [] }],
      tagNotes: [{ slug: 'missing', file: 'src/notes/tags/missing.mdx' }],
    });
    expect(run).toThrow(NoteError);
    expect(run).toThrow(/nope\.mdx: no paper has the slug "nope"[\s\S]*gnn\.mdx: no tag "ghost"[\s\S]*missing\.mdx: no tag has the slug "missing"/);
  });
  it('rejects a typo with the nearest name it may have meant, and a far miss with no guess', () => {
    const run = () => buildSiteModel([paper('gnn', 'GNNs')], days, taxonomy, {
      similar: false,
      paperNotes: [{ slug: 'gnm', file: 'src/notes/papers/gnm.mdx', addTags: ['solver'], removeTags: [] }],
      tagNotes: [{ slug: 'robotics', file: 'src/notes/tags/robotics.mdx' }],
    });
    expect(run).toThrow('gnm.mdx: no paper has the slug "gnm" (did you mean "gnn"?)');
    expect(run).toThrow('gnm.mdx: no tag "solver" in the taxonomy (did you mean "solvers"?)');
    expect(run).toThrow(/robotics\.mdx: no tag has the slug "robotics"$/);
  });
});
