import { describe, expect, it } from 'vitest';
import { assignShards, shardKey, shardPaths } from './search-shards.ts';

const doc = (url: string, firstSeen: string) => ({ url, firstSeen });

describe('assignShards', () => {
  it('parses documents into shards by first appearance, then URL, whatever the input order', () => {
    const docs = [doc('/b/', '2025-01-02'), doc('/a/', '2025-01-02'), doc('/z/', '2025-01-01'), doc('/c/', '2025-01-03'), doc('/d/', '2025-01-03')];
    const shards = assignShards(docs, 2);
    expect(shards.map((s) => s.path)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    expect(shards.map((s) => s.docs.map((d) => d.url))).toEqual([['/z/', '/a/'], ['/b/', '/c/'], ['/d/']]);
    expect(assignShards([...docs].reverse(), 2)).toEqual(shards);
  });
  it('puts papers of a new, later digest in the last shards and leaves earlier shards as they were', () => {
    const old = Array.from({ length: 7 }, (_, i) => doc(`/p${i}/`, `2025-01-0${i + 1}`));
    const before = assignShards(old, 3);
    const after = assignShards([...old, doc('/new/', '2025-02-01')], 3);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]?.docs.map((d) => d.url)).toEqual(['/p6/', '/new/']);
  });
  it('gives an empty site one (empty) shard, as the search page expects', () => {
    expect(assignShards([], 5)).toEqual([{ path: 'pagefind/', docs: [] }]);
    expect(shardPaths(0, 5)).toEqual(['pagefind/']);
  });
});

describe('shardKey', () => {
  const records = [{ url: '/a/', html: '<p>x</p>' }, { url: '/b/', html: '<p>y</p>' }];
  it('parses the same records into the same key', () => {
    expect(shardKey(records, 'pagefind 1')).toBe(shardKey(records.map((r) => ({ ...r })), 'pagefind 1'));
  });
  it('rejects any change: content, order, boundaries between fields, indexer', () => {
    const key = shardKey(records, 'pagefind 1');
    expect(shardKey([records[0]!, { url: '/b/', html: '<p>z</p>' }], 'pagefind 1')).not.toBe(key);
    expect(shardKey([...records].reverse(), 'pagefind 1')).not.toBe(key);
    expect(shardKey([{ url: '/a/<p>', html: 'x</p>' }, records[1]!], 'pagefind 1')).not.toBe(key);
    expect(shardKey(records, 'pagefind 2')).not.toBe(key);
  });
});
