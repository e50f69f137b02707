import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DEFAULT_SHARD_SIZE, incrementalBuilds, isLenient, notesDir, seedsDir, shardSize } from './site-config.ts';

describe('on/off settings', () => {
  it('parses unset as the default, and 1, true, yes and 0, false, no in any case', () => {
    expect(incrementalBuilds({})).toBe(true);
    expect(isLenient({})).toBe(false);
    expect(incrementalBuilds({ BROADSHEET_INCREMENTAL: '1' })).toBe(true);
    expect(incrementalBuilds({ BROADSHEET_INCREMENTAL: ' 0 ' })).toBe(false);
    expect(incrementalBuilds({ BROADSHEET_INCREMENTAL: 'No' })).toBe(false);
    expect(isLenient({ BROADSHEET_LENIENT: 'yes' })).toBe(true);
    expect(isLenient({ BROADSHEET_LENIENT: 'TRUE' })).toBe(true);
    expect(isLenient({ BROADSHEET_LENIENT: 'false' })).toBe(false);
  });
  it('rejects any other value, naming the setting and the value', () => {
    expect(() => incrementalBuilds({ BROADSHEET_INCREMENTAL: 'maybe' })).toThrow('BROADSHEET_INCREMENTAL must be 1 or 0 (1 reuses unchanged pages, the default; 0 renders every page), got "maybe"');
    // Before, any value but 1, true or yes quietly meant "strict".
    expect(() => isLenient({ BROADSHEET_LENIENT: 'on' })).toThrow('BROADSHEET_LENIENT must be 1 or 0');
  });
});

describe('folders', () => {
  it('parses SEEDS_DIR and NOTES_DIR, with notes beside another corpus\'s digests', () => {
    expect(seedsDir({})).toBe(path.resolve('seeds'));
    expect(notesDir({})).toBe(path.resolve('src/notes'));
    expect(notesDir({ SEEDS_DIR: '/data/digests' })).toBe('/data/digests/notes');
    expect(notesDir({ SEEDS_DIR: '/data/digests', NOTES_DIR: 'curation' })).toBe(path.resolve('curation'));
  });
  it('rejects another corpus inheriting the project\'s own notes', () => {
    expect(notesDir({ SEEDS_DIR: 'elsewhere' })).toBe(path.resolve('elsewhere/notes'));
    // The project's own seeds, however written, keep the project's notes.
    for (const SEEDS_DIR of ['seeds/', './seeds', path.resolve('seeds')]) expect(notesDir({ SEEDS_DIR }), SEEDS_DIR).toBe(path.resolve('src/notes'));
  });
});

describe('shardSize', () => {
  it('parses BROADSHEET_SEARCH_SHARD_SIZE and rejects values that are not positive integers', () => {
    expect(shardSize({ BROADSHEET_SEARCH_SHARD_SIZE: '40' })).toBe(40);
    for (const unset of [undefined, '', '  ']) expect(shardSize({ BROADSHEET_SEARCH_SHARD_SIZE: unset })).toBe(DEFAULT_SHARD_SIZE);
    for (const bad of ['0', '-3', '2.5', 'many', '1e3']) {
      expect(() => shardSize({ BROADSHEET_SEARCH_SHARD_SIZE: bad })).toThrow(`BROADSHEET_SEARCH_SHARD_SIZE must be a whole number of papers per search shard (at least 1), got "${bad}"`);
    }
  });
});
