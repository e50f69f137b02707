import type { APIRoute } from 'astro';
import { OFFLINE_SEARCH_SCRIPT, scriptResponse } from '../../data/assets.ts';

export const GET: APIRoute = () => scriptResponse(OFFLINE_SEARCH_SCRIPT);
