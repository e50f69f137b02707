/**
 * arXiv identifiers and the addresses made from them, for the sources that
 * give an id (Hugging Face JSON, a curator's note).
 */

/** An arXiv id, new style (`2504.13161`, `2504.13161v2`) or old (`hep-th/9901001`, `math.GT/0309136`). */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

/** An id without its version: `2504.13161v2` and `2504.13161` are one paper. */
export const arxivBase = (id: string): string => id.replace(/v\d+$/, '');

/** The paper's abstract page on arXiv. */
export const arxivAbsUrl = (id: string): string => `https://arxiv.org/abs/${id}`;

/** The paper's PDF on arXiv. */
export const arxivPdfUrl = (id: string): string => `https://arxiv.org/pdf/${id}`;

/**
 * The DOI arXiv registers for every paper (DataCite, `10.48550/arXiv.<id>`): it names all versions (no `v2`),
 * and an old-style id's subject class is no part of it (`math.GT/0309136` is `math/0309136`).
 */
export function arxivDoi(id: string): string {
  // A DOI is a claim about a registered paper: one is never made from text that is no arXiv id.
  if (!ARXIV_ID.test(id)) throw new Error(`arxivDoi: expected an arXiv id such as 2504.13161, found ${JSON.stringify(id)}`);
  return `10.48550/arXiv.${arxivBase(id).replace(/\.[A-Z]{2}(?=\/)/, '')}`;
}
