import type { APIRoute } from 'astro';
import { scriptResponse } from '../../data/assets.ts';
import { getOfflineTeasersScript } from '../../data/site.ts';

export const GET: APIRoute = async () => scriptResponse(await getOfflineTeasersScript());
