/**
 * How the pages hand the site model to the integrations that work beside or
 * after rendering (the search index, `papers.json`). Both run in one process
 * but in different module graphs (Vite bundles the pages; integrations are
 * loaded with the config), so the channel is a process-wide symbol. The model
 * is offered once per build, when the first page builds it; in dev nobody
 * listens. The other way round, the page-reuse integration hands the pages
 * its plan of which pages the previous build already wrote.
 */
import type { SiteModel } from '../lib/site-model.ts';

const CHANNEL = Symbol.for('broadsheet.site-model');

/** Receives the site model of a build. */
export type SiteModelListener = (site: SiteModel) => void;

type Channel = { [CHANNEL]?: Set<SiteModelListener> };

/** Starts listening for the model of a build; returns the function that stops it. */
export function listenForSiteModel(listener: SiteModelListener): () => void {
  const listeners = ((globalThis as Channel)[CHANNEL] ??= new Set());
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Hands the model to every listener. Returns whether anyone listened. */
export function offerSiteModel(site: SiteModel): boolean {
  const listeners = [...((globalThis as Channel)[CHANNEL] ?? [])];
  for (const listener of listeners) listener(site);
  return listeners.length > 0;
}

const REUSE = Symbol.for('broadsheet.page-reuse');

/** What pages ask of a build's reuse plan (`lib/page-reuse.ts`). */
export interface PageReuse {
  /** Records a page's key; true when the previous build's copy of the page can be linked instead of rendered. */
  reuse(sitePath: string, key: () => string): boolean;
}

type ReuseChannel = { [REUSE]?: PageReuse | null };

/** Sets (or, with null, clears) the reuse plan of the build that is starting. */
export function offerReusePlan(plan: PageReuse | null): void {
  (globalThis as ReuseChannel)[REUSE] = plan;
}

/** The reuse plan of the running build, or null (dev, a plain `astro build`, `BROADSHEET_INCREMENTAL=0`). */
export function getReusePlan(): PageReuse | null {
  return (globalThis as ReuseChannel)[REUSE] ?? null;
}
