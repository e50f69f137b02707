import type { APIRoute } from 'astro';
import searchDom from '../../client/search-dom.js?raw';
import glue from '../../client/offline-search.js?raw';

export const GET: APIRoute = () => new Response(`${searchDom}\n${glue}`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
