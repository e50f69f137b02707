import type { APIRoute } from 'astro';
import { scriptResponse } from '../../data/assets.ts';
import { getOfflineIndexScript } from '../../data/site.ts';

export const GET: APIRoute = async () => scriptResponse(await getOfflineIndexScript());
