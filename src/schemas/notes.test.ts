import { describe, expect, it } from 'vitest';
import { paperNoteSchema, tagNoteSchema } from './notes.ts';

describe('paperNoteSchema', () => {
  it('parses a full note, with tag lists defaulting to empty', () => {
    const note = { title: 'A Corrected Title', arxiv: '2504.13161', authors: ['Ada Lovelace'], code: 'https://github.com/x/y', project: 'http://example.org/p' };
    expect(paperNoteSchema.parse(note)).toEqual({ ...note, addTags: [], removeTags: [] });
    expect(paperNoteSchema.parse({ addTags: ['bilevel-optimization'], removeTags: ['rl'] })).toEqual({ addTags: ['bilevel-optimization'], removeTags: ['rl'] });
  });
  it('rejects links that are not http(s), malformed arXiv ids, unknown keys, bad tag slugs and empty values', () => {
    for (const bad of [
      { code: 'javascript:alert(1)' }, { project: 'data:text/html,x' }, { code: 'not a url' },
      { arxiv: '2504.131' }, { arxiv: 'arXiv:2504.13161' },
      { tittle: 'a typo of title' },
      { addTags: ['Bad Slug'] }, { removeTags: ['trailing-'] },
      { title: '' }, { authors: [] }, { authors: [''] },
    ]) expect(paperNoteSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('tagNoteSchema', () => {
  it('parses a name override, or nothing', () => {
    expect(tagNoteSchema.parse({ name: 'Bilevel problems' })).toEqual({ name: 'Bilevel problems' });
    expect(tagNoteSchema.parse({})).toEqual({});
  });
  it('rejects an empty name and unknown keys', () => {
    for (const bad of [{ name: '' }, { description: 'belongs in the body' }]) expect(tagNoteSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
