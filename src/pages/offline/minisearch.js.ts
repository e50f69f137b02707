import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { minifyScript } from '../../data/assets.ts';

// The UMD build defines a global MiniSearch for classic scripts; the package's exports map hides it from imports.
const umd = path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js');

export const GET: APIRoute = () => new Response(minifyScript(readFileSync(umd, 'utf8')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
