import type { APIRoute } from 'astro';
import { getOfflineTeasersScript } from '../../data/site.ts';

export const GET: APIRoute = async () =>
  new Response(await getOfflineTeasersScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
