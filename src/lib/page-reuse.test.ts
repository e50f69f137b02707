import { describe, expect, it } from 'vitest';
import { fingerprintOf, manifestFor, parseManifest, ReusePlan, type ReuseManifest } from './page-reuse.ts';

const previous: ReuseManifest = { version: 1, dist: '/site/dist', identity: '1:2', fingerprint: 'f', pages: { 'papers/a/': 'ka', 'papers/b/': 'kb', 'days/2025-01-01/': 'kd' } };

describe('ReusePlan', () => {
  it('parses unchanged keys into pages to link, and every key into the next manifest', () => {
    const plan = new ReusePlan(previous, { dist: '/site/dist', fingerprint: 'f' });
    expect(plan.reuse('papers/a/', () => 'ka')).toBe(true);
    expect(plan.reuse('papers/b/', () => 'kb2')).toBe(false);
    expect(plan.reuse('papers/c/', () => 'kc')).toBe(false);
    expect(plan.reuse('days/2025-01-01/', () => 'kd')).toBe(true);
    expect(plan.reused()).toEqual(['days/2025-01-01/', 'papers/a/']);
    expect(plan.manifest('3:4')).toEqual({ version: 1, dist: '/site/dist', identity: '3:4', fingerprint: 'f', pages: { 'days/2025-01-01/': 'kd', 'papers/a/': 'ka', 'papers/b/': 'kb2', 'papers/c/': 'kc' } });
  });

  it('computes a page\'s key once and tells of a page to copy once, however often it is asked', () => {
    const told: string[] = [];
    const plan = new ReusePlan(previous, { dist: '/site/dist', fingerprint: 'f' }, (p) => told.push(p));
    let computed = 0;
    const key = () => { computed++; return 'ka'; };
    expect([plan.reuse('papers/a/', key), plan.reuse('papers/a/', key)]).toEqual([true, true]);
    expect([plan.reuse('papers/b/', () => 'kb2'), plan.reuse('papers/b/', () => 'kb')]).toEqual([false, false]);
    expect(computed).toBe(1);
    expect(told).toEqual(['papers/a/']);
  });

  it('rejects every page when the code or settings changed, or the site is published elsewhere', () => {
    for (const current of [{ dist: '/site/dist', fingerprint: 'g' }, { dist: '/other/dist', fingerprint: 'f' }]) {
      const plan = new ReusePlan(previous, current);
      expect(plan.reuse('papers/a/', () => 'ka')).toBe(false);
      expect(plan.reused()).toEqual([]);
    }
  });

  it('rejects every page without a previous manifest (a first or full build)', () => {
    const plan = new ReusePlan(null, { dist: '/site/dist', fingerprint: 'f' });
    expect(plan.reuse('papers/a/', () => 'ka')).toBe(false);
    expect(plan.manifest('1:2').pages).toEqual({ 'papers/a/': 'ka' });
  });
});

describe('manifestFor', () => {
  it('parses the manifest of the folder now at the published path', () => {
    expect(manifestFor(previous, '/site/dist', '1:2')).toBe(previous);
  });
  it('rejects a manifest of another folder at that path, or of no folder', () => {
    expect(manifestFor(previous, '/site/dist', '1:3')).toBeNull();
    expect(manifestFor(previous, '/site/dist', null)).toBeNull();
    expect(manifestFor(previous, '/elsewhere', '1:2')).toBeNull();
  });
});

describe('parseManifest', () => {
  it('parses what a build wrote', () => {
    expect(parseManifest(JSON.stringify(previous))).toEqual(previous);
  });
  it('rejects damaged or foreign files as no manifest', () => {
    for (const text of ['', '{', 'null', '[]', JSON.stringify({ ...previous, version: 2 }), JSON.stringify({ ...previous, pages: ['x'] }), JSON.stringify({ ...previous, pages: { a: 1 } }), JSON.stringify({ ...previous, identity: 5 })]) {
      expect(parseManifest(text), text).toBeNull();
    }
  });
});

describe('fingerprintOf', () => {
  it('parses the same files and settings into the same fingerprint', () => {
    expect(fingerprintOf([['a', 'x'], ['b', new Uint8Array([1])]])).toBe(fingerprintOf([['a', 'x'], ['b', new Uint8Array([1])]]));
  });
  it('rejects any change: content, name, or text moved between files', () => {
    const base = fingerprintOf([['a', 'xy'], ['b', 'z']]);
    expect(fingerprintOf([['a', 'xy'], ['b', 'Z']])).not.toBe(base);
    expect(fingerprintOf([['a', 'xy'], ['c', 'z']])).not.toBe(base);
    expect(fingerprintOf([['a', 'x'], ['b', 'yz']])).not.toBe(base);
  });
});
