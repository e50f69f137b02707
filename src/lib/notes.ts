/**
 * Curators' notes: what they may say (corrected titles, arXiv ids, author
 * names, links, and tags added or removed) and their checks; a note must name
 * an existing paper or tag. `site-model.ts` applies them. Pure; reading the
 * files is the loaders' job.
 */
import { didYouMean } from './did-you-mean.ts';

/** One paper note's frontmatter, keyed by the paper's slug. */
export interface PaperNote {
  slug: string;
  /** Where the note lives, for error messages. */
  file: string;
  title?: string | undefined;
  arxiv?: string | undefined;
  authors?: string[] | undefined;
  code?: string | undefined;
  project?: string | undefined;
  addTags: string[];
  removeTags: string[];
}

/** A tag note's frontmatter, keyed by the tag's slug. */
export interface TagNote {
  slug: string;
  file: string;
  name?: string | undefined;
}

/** Error listing every note that names something that does not exist. */
export class NoteError extends Error {
  constructor(problems: string[]) {
    super(`Curators' notes refer to things that do not exist:\n  ${problems.join('\n  ')}`);
    this.name = 'NoteError';
  }
}

/** Checks notes against the paper and tag slugs; throws one error listing every problem. */
export function checkNotes(papers: ReadonlySet<string>, tags: ReadonlySet<string>, paperNotes: readonly PaperNote[], tagNotes: readonly TagNote[]): void {
  const problems: string[] = [];
  for (const n of paperNotes) {
    if (!papers.has(n.slug)) problems.push(`${n.file}: no paper has the slug "${n.slug}"${didYouMean(n.slug, papers)} (name the file after the paper's URL, /papers/<slug>/)`);
    for (const t of [...n.addTags, ...n.removeTags]) if (!tags.has(t)) problems.push(`${n.file}: no tag "${t}" in the taxonomy${didYouMean(t, tags)}`);
  }
  for (const n of tagNotes) if (!tags.has(n.slug)) problems.push(`${n.file}: no tag has the slug "${n.slug}"${didYouMean(n.slug, tags)}`);
  if (problems.length > 0) throw new NoteError(problems);
}
