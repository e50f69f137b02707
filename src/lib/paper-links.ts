/**
 * Outbound links for a paper: direct links when its arXiv id is known (from
 * Hugging Face JSON or a curator's note), otherwise title searches; never a
 * guessed direct link.
 */
import { arxivAbsUrl, arxivPdfUrl } from './arxiv.ts';

/** One outbound search link. */
export interface OutboundLink {
  label: string;
  url: string;
}

/** Links on arXiv, Hugging Face Papers, Semantic Scholar and Google Scholar. */
export function outboundLinks(title: string, arxivId: string | null = null): OutboundLink[] {
  const q = encodeURIComponent(title);
  if (arxivId) {
    return [
      { label: 'arXiv', url: arxivAbsUrl(arxivId) },
      { label: 'PDF', url: arxivPdfUrl(arxivId) },
      { label: 'Hugging Face Papers', url: `https://huggingface.co/papers/${arxivId}` },
      { label: 'Semantic Scholar', url: `https://www.semanticscholar.org/arxiv/${arxivId}` },
      { label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${title}"`)}` },
    ];
  }
  return [
    { label: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { label: 'Hugging Face Papers', url: `https://huggingface.co/papers?q=${q}` },
    { label: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}` },
    { label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${title}"`)}` },
  ];
}
