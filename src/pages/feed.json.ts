import type { APIRoute } from 'astro';
import { jsonFeedResponse } from '../data/feeds.ts';

export const GET: APIRoute = () => jsonFeedResponse({ kind: 'site' });
