/**
 * `/papers.json` on the dev server only (injected by `papersJsonIntegration`):
 * a build writes the file after rendering, streamed, not through an endpoint.
 */
import type { APIRoute } from 'astro';
import { papersJsonResponse } from '../data/feeds.ts';

export const GET: APIRoute = () => papersJsonResponse();
