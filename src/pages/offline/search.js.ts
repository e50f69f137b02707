import type { APIRoute } from 'astro';
import { offlineSearchScript, scriptResponse } from '../../data/assets.ts';

export const GET: APIRoute = () => scriptResponse(offlineSearchScript());
