import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SCRIPT } from '../data/assets.ts';
import { bundleClientScript } from './client-bundles.ts';

const CLIENT = path.join(import.meta.dirname, '..', 'client');
/** Every script the site ships, by its entry in src/client/. */
const ENTRIES = ['site.ts', 'not-found.ts', 'search-page.ts', 'offline-search.ts'];

describe('bundleClientScript', () => {
  it('parses every browser entry, with what it imports from src/lib and packages, into one classic script', () => {
    for (const entry of ENTRIES) {
      const { code, inputs } = bundleClientScript(path.join(CLIENT, entry));
      // Compiled as a classic script: an import or export left would make it a module, which file:// refuses.
      expect(() => new Script(code, { filename: entry }), entry).not.toThrow();
      // TypeScript gone, comments gone.
      expect(code, entry).not.toMatch(/: (?:string|number|boolean)\b|\/\*\*/);
      expect(inputs, entry).toContain(path.join(CLIENT, entry));
    }
    // The offline search carries MiniSearch and the stemmer itself, and says which files it read, so Vite can watch them.
    const offline = bundleClientScript(path.join(CLIENT, 'offline-search.ts'));
    expect(offline.code).toMatch(/loadJS/);
    expect(offline.inputs.map((f) => path.relative(path.join(CLIENT, '..', '..'), f))).toEqual(expect.arrayContaining([
      'src/client/search-dom.ts', 'src/lib/offline-term.ts', 'src/lib/counts.ts', expect.stringMatching(/^node_modules\/minisearch\//),
    ]));
  });
  it('parses through Vite as a module giving the script (`?bundle`)', () => {
    expect(SCRIPT).toBe(bundleClientScript(path.join(CLIENT, 'site.ts')).code);
  });
  it('rejects an entry that is not there, or that does not compile, naming it', () => {
    expect(() => bundleClientScript(path.join(CLIENT, 'no-such-entry.ts'))).toThrow(/no-such-entry\.ts/);
    const dir = mkdtempSync(path.join(tmpdir(), 'client-bundle-'));
    writeFileSync(path.join(dir, 'broken.ts'), 'window.x = ;\n');
    expect(() => bundleClientScript(path.join(dir, 'broken.ts'))).toThrow(/broken\.ts:1/);
  });
});
