import type { APIRoute, GetStaticPaths } from 'astro';
import { STYLESHEET, STYLESHEET_PATH } from '../data/stylesheet.ts';

export const getStaticPaths = (() => [{ params: { stylesheet: STYLESHEET_PATH } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(STYLESHEET, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
