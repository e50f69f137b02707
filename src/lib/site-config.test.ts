import { describe, expect, it } from 'vitest';
import { incrementalBuilds } from './site-config.ts';

describe('incrementalBuilds', () => {
  it('parses unset and 1 as on (the default), 0 as off', () => {
    expect(incrementalBuilds({})).toBe(true);
    expect(incrementalBuilds({ BROADSHEET_INCREMENTAL: '1' })).toBe(true);
    expect(incrementalBuilds({ BROADSHEET_INCREMENTAL: ' 0 ' })).toBe(false);
  });
  it('rejects any other value, naming the setting and the value', () => {
    expect(() => incrementalBuilds({ BROADSHEET_INCREMENTAL: 'yes' })).toThrow('BROADSHEET_INCREMENTAL must be 1 (reuse unchanged pages, the default) or 0 (render every page), got "yes"');
  });
});
