import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, listHtml } from '../support/dist.ts';

describe('HTML validity', () => {
  it('validates every built page with html-validate (recommended rules, .htmlvalidate.json) without errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const files = listHtml();
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const report = await validator.validateString(readFileSync(path.join(DIST, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
