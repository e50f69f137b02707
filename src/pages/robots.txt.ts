import type { APIRoute } from 'astro';
import { BASE, SITE_URL } from '../data/site.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITE_URL, BASE, 'sitemap-index.xml')}\n`);
