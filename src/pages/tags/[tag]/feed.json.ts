import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeedResponse } from '../../../data/feeds.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getSite()).tags.map((t) => ({ params: { tag: t.slug } }));
export const GET: APIRoute = ({ params }) => jsonFeedResponse({ kind: 'tag', slug: params.tag ?? '' });
