import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { buildOfflinePayload, offlineIndexScript } from '../../lib/offline-index.ts';

export const GET: APIRoute = async () =>
  new Response(offlineIndexScript(buildOfflinePayload(await getSite())), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
