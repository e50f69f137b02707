import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleClientScript } from './assets.ts';

/** Every script the site ships, by its entry in src/client/. */
const ENTRIES = ['site.ts', 'not-found.ts', 'search-page.ts', 'offline-search.ts'];

describe('bundleClientScript', () => {
  it('parses every browser entry, with what it imports from src/lib and packages, into one classic script', () => {
    for (const entry of ENTRIES) {
      const code = bundleClientScript(entry);
      // Compiled as a classic script: an import or export left would make it a module, which file:// refuses.
      expect(() => new Script(code, { filename: entry }), entry).not.toThrow();
      // TypeScript gone, comments gone.
      expect(code, entry).not.toMatch(/: (?:string|number|boolean)\b|\/\*\*/);
    }
    // The offline search carries MiniSearch and the stemmer itself: no other script defines them on the page.
    expect(bundleClientScript('offline-search.ts')).toMatch(/loadJS/);
  });
  it('rejects an entry that is not there, naming it', () => {
    expect(() => bundleClientScript('no-such-entry.ts')).toThrow(/no-such-entry\.ts/);
  });
});
