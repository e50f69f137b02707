import { describe, expect, it } from 'vitest';
import { absoluteUrl, relativeHref, toSitePath } from './urls.ts';

describe('relativeHref', () => {
  it('parses links between pages at any depth into relative URLs', () => {
    expect(relativeHref('', 'papers/x/')).toBe('papers/x/');
    expect(relativeHref('papers/x/', 'days/2025-11-06/')).toBe('../../days/2025-11-06/');
    expect(relativeHref('papers/x/', '')).toBe('../../');
    expect(relativeHref('', '')).toBe('./');
    expect(relativeHref('', '#main')).toBe('./#main');
    expect(relativeHref('search/', 'search/?q=a')).toBe('../search/?q=a');
    expect(relativeHref('404.html', 'papers/')).toBe('papers/');
  });
  it('never makes a root-absolute link: the result never starts with a slash', () => {
    for (const from of ['', 'a/', 'a/b/', 'a/b/c/']) expect(relativeHref(from, 'x/').startsWith('/')).toBe(false);
  });
});

describe('toSitePath', () => {
  it('parses request paths under a base', () => {
    expect(toSitePath('/digest/papers/x/', '/digest/')).toBe('papers/x/');
    expect(toSitePath('/digest/', '/digest')).toBe('');
    expect(toSitePath('/papers/x/index.html', '/')).toBe('papers/x/');
  });
  it('rejects the base prefix when the path is outside it', () => {
    expect(toSitePath('/other/x/', '/digest/')).toBe('other/x/');
  });
});

describe('absoluteUrl', () => {
  it('joins site, base and path without index.html', () => {
    expect(absoluteUrl('https://example.org', '/digest/', 'papers/x/')).toBe('https://example.org/digest/papers/x/');
    expect(absoluteUrl('https://example.org/', '/', '')).toBe('https://example.org/');
  });
});
