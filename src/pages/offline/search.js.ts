import type { APIRoute } from 'astro';
import glue from '../../client/offline-search.js?raw';

export const GET: APIRoute = () => new Response(glue, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
