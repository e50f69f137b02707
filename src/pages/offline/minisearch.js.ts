import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleClassicScript, minifyScript } from '../../data/assets.ts';

const require = createRequire(import.meta.url);
// The UMD build defines a global MiniSearch for classic scripts; the package's exports map hides it from imports.
const umd = path.join(path.dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');

// Beside it, the stemmer the index was built with (`offlineTerm`), for the query words.
const stemmer = bundleClassicScript(`import { stem } from 'porter2'; window.BroadsheetStem = stem;`, path.dirname(require.resolve('porter2')));

export const GET: APIRoute = () => new Response(`${minifyScript(readFileSync(umd, 'utf8'))}\n${stemmer}`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
