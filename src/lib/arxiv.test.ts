import { describe, expect, it } from 'vitest';
import { ARXIV_ID, arxivDoi } from './arxiv.ts';

describe('ARXIV_ID', () => {
  it('parses new- and old-style ids, with or without a version', () => {
    for (const id of ['2504.13161', '2504.13161v2', '0704.0001', 'hep-th/9901001', 'math.GT/0309136v1']) expect(ARXIV_ID.test(id), id).toBe(true);
  });
  it('rejects what only looks like one', () => {
    for (const id of ['2504.131', '2504.13161v', 'arXiv:2504.13161', 'https://arxiv.org/abs/2504.13161', 'hep-th/99010', '']) expect(ARXIV_ID.test(id), id).toBe(false);
  });
});

describe('arxivDoi', () => {
  it('parses an id into the DOI arXiv registers, without its version', () => {
    expect(arxivDoi('2504.13161v2')).toBe('10.48550/arXiv.2504.13161');
    expect(arxivDoi('hep-th/9901001')).toBe('10.48550/arXiv.hep-th/9901001');
    expect(arxivDoi('math.GT/0309136v1')).toBe('10.48550/arXiv.math/0309136');
  });
  it('rejects text that is no arXiv id rather than make a DOI of it', () => {
    for (const bad of ['not an id', '2504.131', 'arXiv:2504.13161', '']) expect(() => arxivDoi(bad), bad).toThrow(/expected an arXiv id/);
  });
});
