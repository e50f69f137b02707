/**
 * The public JSON shape of a parsed digest (`npm run digest`). Derived from the
 * same parse the site uses, so the export and the site cannot disagree.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { ParsedDigest } from './parse-digest.ts';

/** One record in the export. */
export interface ExportedRecord {
  title: string;
  abstract: string;
  authors: number | null;
  organization: string | null;
  published: string | null;
  upvotes: number;
  /** Only for sources that know it (Hugging Face JSON); absent for text digests. */
  arxivId?: string;
  /** Only for sources that know them (Hugging Face JSON); absent for text digests. */
  authorNames?: string[];
}

/** One file in the export. */
export interface ExportedDigest {
  file: string;
  date: string | null;
  records: ExportedRecord[];
  problems: Diagnostic[];
}

/** Maps a parsed digest to the export shape (records in file order). */
export function exportDigest(digest: ParsedDigest): ExportedDigest {
  return {
    file: digest.file,
    date: digest.date,
    records: digest.records.map((r) => ({
      title: r.title,
      abstract: r.abstract,
      authors: r.authors,
      organization: r.organization?.name ?? null,
      published: r.published,
      upvotes: r.upvotes,
      ...(r.arxivId ? { arxivId: r.arxivId } : {}),
      ...(r.authorNames ? { authorNames: r.authorNames } : {}),
    })),
    problems: digest.problems,
  };
}
