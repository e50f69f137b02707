import type { APIRoute } from 'astro';
import searchDom from '../../client/search-dom.js?raw';
import glue from '../../client/offline-search.js?raw';
import { minifyScript } from '../../data/assets.ts';

export const GET: APIRoute = () => new Response(minifyScript(`${searchDom}\n${glue}`), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
