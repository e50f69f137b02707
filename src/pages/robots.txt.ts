import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site?.href ?? 'https://broadsheet.example.org', import.meta.env.BASE_URL, 'sitemap-index.xml')}\n`);
