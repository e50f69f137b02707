/**
 * Outbound links for a paper. We know titles, not arXiv ids, so every link is
 * a title search; never a guessed direct link.
 */

/** One outbound search link. */
export interface OutboundLink {
  label: string;
  url: string;
}

/** Title searches on arXiv, Hugging Face Papers, Semantic Scholar and Google Scholar. */
export function outboundLinks(title: string): OutboundLink[] {
  const q = encodeURIComponent(title);
  return [
    { label: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { label: 'Hugging Face Papers', url: `https://huggingface.co/papers?q=${q}` },
    { label: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}` },
    { label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${title}"`)}` },
  ];
}
