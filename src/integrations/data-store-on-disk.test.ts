import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStoreModule, releaseContentLayer } from './data-store-on-disk.ts';

/** Writes the generated module beside the test's files and imports it, as the bundle would run it. */
async function importModule(dir: string, storeFile: string): Promise<unknown> {
  const file = path.join(dir, `store-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, dataStoreModule(storeFile));
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** Folders made by a test, removed after it so runs leave nothing in the temp folder. */
const made: string[] = [];
function makeDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

describe('dataStoreModule', () => {
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the data store file when the bundle runs, byte for byte what the file holds', async () => {
    // A folder name with a quote and a space: the path is embedded as a string literal.
    const dir = makeDir("broadsheet store 'x' ");
    const store = [['Map', 1, 2], 'papers', ['Map'], { title: 'ℓ₂ “quotes” \\ and </script>' }];
    writeFileSync(path.join(dir, 'data-store.json'), JSON.stringify(store));
    expect(await importModule(dir, path.join(dir, 'data-store.json'))).toEqual(store);
  });

  it('rejects, naming the file, when the data store is missing', async () => {
    const dir = makeDir('broadsheet-store-');
    await expect(importModule(dir, path.join(dir, 'data-store.json'))).rejects.toThrow(/ENOENT.*data-store\.json/);
  });
});

/** A stand-in for Astro's `dist/` with `content/instance.js` as given; returns the entry URL to resolve from. */
function fakeAstro(instanceJs: string): string {
  const dir = makeDir('broadsheet-astro-');
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'content', 'instance.js'), instanceJs);
  return pathToFileURL(path.join(dir, 'index.js')).href;
}

describe('releaseContentLayer', () => {
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('disposes the content layer singleton that holds the synced store', async () => {
    const entry = fakeAstro(`let instance = { store: 'synced' };
export const globalContentLayer = { get: () => instance, dispose: () => { instance = null; } };`);
    await releaseContentLayer(entry);
    const { globalContentLayer } = (await import(new URL('./content/instance.js', entry).href)) as { globalContentLayer: { get: () => unknown } };
    expect(globalContentLayer.get()).toBeNull();
  });

  it('rejects a singleton with no content layer: it cannot be the instance Astro synced', async () => {
    const entry = fakeAstro('export const globalContentLayer = { get: () => null, dispose: () => {} };');
    await expect(releaseContentLayer(entry)).rejects.toThrow(/holds no content layer after content sync/);
  });

  it('finds the installed Astro\'s singleton where it looks, with get() and dispose()', async () => {
    // The fakes above stand in for this module; an Astro upgrade that moves it must fail here, not only in a build.
    const { globalContentLayer } = (await import(new URL('./content/instance.js', import.meta.resolve('astro')).href)) as { globalContentLayer?: Record<string, unknown> };
    expect([typeof globalContentLayer?.get, typeof globalContentLayer?.dispose]).toEqual(['function', 'function']);
  });

  it('rejects, naming the module, when Astro no longer exports the singleton', async () => {
    const entry = fakeAstro('export const somethingElse = 1;');
    await expect(releaseContentLayer(entry)).rejects.toThrow(/content\/instance\.js no longer exports globalContentLayer/);
  });
});
