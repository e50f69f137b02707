import type { APIRoute } from 'astro';
import { papersJsonResponse } from '../data/feeds.ts';

export const GET: APIRoute = () => papersJsonResponse();
