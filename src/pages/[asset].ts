import type { APIRoute, GetStaticPaths } from 'astro';
import { SCRIPT, SCRIPT_PATH, STYLESHEET, STYLESHEET_PATH } from '../data/assets.ts';

export const getStaticPaths = (() => [
  { params: { asset: STYLESHEET_PATH }, props: { body: STYLESHEET, type: 'text/css; charset=utf-8' } },
  { params: { asset: SCRIPT_PATH }, props: { body: SCRIPT, type: 'text/javascript; charset=utf-8' } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
