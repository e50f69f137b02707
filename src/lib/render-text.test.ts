import { describe, expect, it } from 'vitest';
import { renderText } from './render-text.ts';

describe('renderText', () => {
  it('parses paragraphs and links URLs, marking them external and safe', () => {
    expect(renderText('Data at: https://research.nvidia.com/labs/lpr/climb/.\n\nSecond.')).toBe(
      '<p>Data at: <a href="https://research.nvidia.com/labs/lpr/climb/" rel="noopener noreferrer external" target="_blank">https://research.nvidia.com/labs/lpr/climb/</a>.</p>\n<p>Second.</p>',
    );
  });
  it('rejects markup: HTML and Markdown syntax render as text', () => {
    const html = renderText('<script>alert(1)</script> & "q" *not em* _nor this_ </title>');
    expect(html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; "q" *not em* _nor this_ &#x3C;/title></p>');
    expect(html).not.toContain('<script');
  });
  it('rejects javascript: URLs as links', () => {
    expect(renderText('see javascript:alert(1)')).not.toContain('<a');
  });
});
