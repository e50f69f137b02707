/**
 * Feed items for the site-wide and per-tag feeds, and the JSON Feed 1.1
 * document. Pure; RSS serialisation is left to @astrojs/rss.
 */
import { listPapers, tagName, type PaperView, type SiteModel, type TagView } from './site-model.ts';
import { compareStrings } from './titles.ts';
import { paperPath } from './urls.ts';
import { shortenText } from './shorten.ts';

/** How many papers a feed carries. */
const FEED_SIZE = 50;

/** One feed entry: a paper, dated by the digest day it last appeared on. */
export interface FeedItem {
  /** Absolute URL of the paper page; also its stable id. */
  url: string;
  title: string;
  summary: string;
  /** Digest day it last appeared on, `YYYY-MM-DD`. */
  date: string;
  tags: string[];
}

/** A feed's title, for the feed itself and for the pages that announce it: the site's latest papers, or a topic's. */
export function feedTitle(topic?: { name: string }): string {
  return topic ? `Broadsheet — ${topic.name}` : 'Broadsheet — latest papers';
}

/** A feed's identity. */
export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed follows. */
  homeUrl: string;
  /** Absolute URL of this JSON feed. */
  feedUrl: string;
  /** Absolute URL of a square PNG that feed readers show beside the feed's title (JSON Feed asks for 512 × 512). */
  iconUrl?: string;
}

/** A topic's papers for its feed: those seen on the latest digest day first, then the most upvoted. */
export function latestTagPapers(tag: Pick<TagView, 'papers'>, site: Pick<SiteModel, 'bySlug'>, limit = FEED_SIZE): PaperView[] {
  return listPapers(tag.papers, site)
    .sort((a, b) => compareStrings(b.lastSeen, a.lastSeen) || (b.upvotes ?? -1) - (a.upvotes ?? -1)).slice(0, limit);
}

/** The papers of the latest digests, newest day first, then by position in that day. */
export function latestPapers(site: SiteModel, limit = FEED_SIZE): PaperView[] {
  const seen = new Set<string>();
  const out: PaperView[] = [];
  for (const day of site.days) {
    for (const e of day.entries) {
      const paper = site.bySlug.get(e.slug);
      if (!paper || seen.has(paper.slug)) continue;
      seen.add(paper.slug);
      out.push(paper);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Feed items for papers; `absolute` turns a site path into an absolute URL. */
export function toFeedItems(papers: readonly PaperView[], site: SiteModel, absolute: (path: string) => string): FeedItem[] {
  return papers.map((p) => ({
    url: absolute(paperPath(p.slug)),
    title: p.title,
    summary: p.abstractText,
    date: p.lastSeen,
    tags: p.tags.map((t) => tagName(t.slug, site)),
  }));
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    ...(meta.iconUrl ? { icon: meta.iconUrl } : {}),
    language: 'en',
    items: items.map((i) => ({
      id: i.url,
      url: i.url,
      title: i.title,
      content_text: i.summary,
      summary: shortenText(i.summary, 300),
      date_published: `${i.date}T00:00:00Z`,
      ...(i.tags.length ? { tags: i.tags } : {}),
    })),
  };
}
