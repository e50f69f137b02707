/**
 * `papers.json`: every paper with fields, tags, appearances and URL, for
 * programs. Made as chunks of text (one paper a line, see `json-stream.ts`) so
 * that a build can stream it to disk: at 30,000 papers it is 114 MB, and an
 * Astro endpoint would hold the whole body in memory, twice, while a Pagefind
 * shard is being built beside it.
 */
import { jsonArrayChunks } from './json-stream.ts';
import type { SiteModel } from './site-model.ts';
import { compareStrings } from './titles.ts';
import { paperPath } from './urls.ts';

/** The file's chunks, papers by slug; `absolute` turns a site path into a canonical URL. */
export function papersJsonChunks(site: SiteModel, absolute: (path: string) => string): Generator<string> {
  const papers = [...site.papers].sort((a, b) => compareStrings(a.slug, b.slug));
  return jsonArrayChunks('papers', papers, (p) => ({
    slug: p.slug,
    url: absolute(paperPath(p.slug)),
    title: p.rawTitle,
    abstract: p.abstract,
    displayTitle: p.title,
    displayAbstract: p.abstractText,
    authors: p.authors,
    // Known only from Hugging Face JSON or a curator's note; null otherwise, never guessed.
    authorNames: p.authorNames,
    arxivId: p.arxivId,
    organization: p.organization,
    published: p.published,
    upvotes: p.upvotes,
    tags: p.tags.map((t) => t.slug),
    appearances: p.appearances,
    // A curator's links (`code`, `project`); empty when there is no note.
    links: p.links,
  }));
}
