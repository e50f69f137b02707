/**
 * Feeds and machine-readable exports, composed from the site model for the
 * endpoints in `src/pages/` (which stay one-liners).
 */
import rss from '@astrojs/rss';
import { feedTitle, jsonFeed, latestPapers, latestTagPapers, toFeedItems, type FeedItem, type FeedMeta } from '../lib/feeds.ts';
import { textStream } from '../lib/json-stream.ts';
import { papersJsonChunks } from '../lib/papers-json.ts';
import type { PaperView } from '../lib/site-model.ts';
import { PREVIEW_ICON } from '../lib/icons.ts';
import { escapeXml } from '../lib/sitemap.ts';
import { absoluteUrl, tagPath } from '../lib/urls.ts';
import { BASE, getSite, SITE_URL } from './site.ts';

function absolute(path: string): string {
  return absoluteUrl(SITE_URL, BASE, path);
}

/** Which feed: the whole site, or one tag. */
export type FeedScope = { kind: 'site' } | { kind: 'tag'; slug: string };

/** A feed's identity and items; `feedPath` is its site path without extension (`feed`, `tags/x/feed`), which both formats share. */
async function feedData(scope: FeedScope): Promise<{ meta: FeedMeta; items: FeedItem[]; feedPath: string }> {
  const model = await getSite();
  let papers: PaperView[];
  let meta: Omit<FeedMeta, 'feedUrl'>;
  let dir: string;
  if (scope.kind === 'site') {
    papers = latestPapers(model);
    dir = '';
    meta = { title: feedTitle(), description: 'Papers from the latest research-paper digests.', homeUrl: absolute('') };
  } else {
    const tag = model.tagBySlug.get(scope.slug);
    if (!tag) throw new Error(`no tag ${scope.slug}`);
    papers = latestTagPapers(tag, model);
    dir = tagPath(tag.slug);
    meta = { title: feedTitle(tag), description: tag.description, homeUrl: absolute(dir) };
  }
  const feedPath = `${dir}feed`;
  return { meta: { ...meta, feedUrl: absolute(`${feedPath}.json`), iconUrl: absolute(PREVIEW_ICON.file) }, items: toFeedItems(papers, model, (p) => absolute(p)), feedPath };
}

/** RSS 2.0 response. */
export async function rssResponse(scope: FeedScope): Promise<Response> {
  const { meta, items, feedPath } = await feedData(scope);
  const newest = items.map((i) => i.date).sort().at(-1);
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    trailingSlash: true,
    // Its own address (validators ask for it) and when it last changed: the newest item's day, never the build's time.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${escapeXml(absolute(`${feedPath}.xml`))}" rel="self" type="application/rss+xml"/>${newest ? `<lastBuildDate>${new Date(`${newest}T00:00:00Z`).toUTCString()}</lastBuildDate>` : ''}`,
    items: items.map((i) => ({ title: i.title, link: i.url, description: i.summary, pubDate: new Date(`${i.date}T00:00:00Z`), categories: i.tags })),
  });
}

/** JSON Feed 1.1 response. */
export async function jsonFeedResponse(scope: FeedScope): Promise<Response> {
  const { meta, items } = await feedData(scope);
  return new Response(`${JSON.stringify(jsonFeed(meta, items), null, 1)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

/** `papers.json` for the dev server; a build streams it to disk instead (`src/integrations/papers-json.ts`). */
export async function papersJsonResponse(): Promise<Response> {
  const chunks = papersJsonChunks(await getSite(), absolute);
  return new Response(textStream(chunks), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
