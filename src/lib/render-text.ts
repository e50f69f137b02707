/**
 * Digest text to HTML through remark/rehype: the text is never parsed as
 * Markdown (digests are plain text, and `*`, `_` or `\` in them mean nothing),
 * it becomes an mdast tree directly, URLs become links, and rehype plugins mark
 * external links and serialise with escaping. No string concatenation of HTML.
 */
import type { Link, Paragraph, Root, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { URL_PATTERN, remarkRepairLatex } from './latex-repair.ts';

/** Plain text to an mdast root: one paragraph per blank-line-separated block. */
function textToMdast(text: string): Root {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return {
    type: 'root',
    children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value } satisfies Text] })),
  };
}

/** remark plugin: bare URLs in text become links (an address written without its scheme gets `https://`). */
const remarkLinkUrls: Plugin<[], Root> = () => (tree) => {
  findAndReplace(tree, [[URL_PATTERN, (_match: string, wrapped?: string, bare?: string, schemeless?: string): Link => {
    const address = wrapped ?? bare ?? schemeless ?? '';
    const url = /^https?:/.test(address) ? address : `https://${address}`;
    return { type: 'link', url, children: [{ type: 'text', value: address }] };
  }]]);
};

const processor = unified()
  .use(remarkLinkUrls)
  .use(remarkRepairLatex)
  .use(remarkRehype)
  .use(rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer', 'external'] })
  .use(rehypeStringify);

/** Renders digest text (an abstract) to safe HTML paragraphs with linked URLs and LaTeX remnants repaired. */
export function renderText(text: string): string {
  const tree = processor.runSync(textToMdast(text));
  return processor.stringify(tree);
}
