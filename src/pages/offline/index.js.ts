import type { APIRoute } from 'astro';
import { getOfflineIndexScript } from '../../data/site.ts';

export const GET: APIRoute = async () =>
  new Response(await getOfflineIndexScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
