/**
 * How the pages hand their search documents to the indexing integration.
 * Both run in one process but in different module graphs (Vite bundles the
 * pages; the integration is loaded with the config), so the channel is a
 * process-wide symbol. The documents are made from the same site model the
 * pages render, once per build; in dev nobody listens and nothing is made.
 */
import type { SearchDocument } from '../lib/search-record.ts';

const CHANNEL = Symbol.for('broadsheet.search-documents');

/** Receives the documents of a build. */
export type SearchDocumentListener = (docs: SearchDocument[]) => void;

type Channel = { [CHANNEL]?: SearchDocumentListener };

/** Starts (or, with null, stops) listening for the documents of a build. */
export function listenForSearchDocuments(listener: SearchDocumentListener | null): void {
  if (listener) (globalThis as Channel)[CHANNEL] = listener;
  else delete (globalThis as Channel)[CHANNEL];
}

/** Hands over the documents if a build is listening; `make` only runs then. Returns whether anyone listened. */
export function offerSearchDocuments(make: () => SearchDocument[]): boolean {
  const listener = (globalThis as Channel)[CHANNEL];
  if (!listener) return false;
  listener(make());
  return true;
}
