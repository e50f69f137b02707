import type { APIRoute } from 'astro';
import { offlineLibraryScript, scriptResponse } from '../../data/assets.ts';

export const GET: APIRoute = () => scriptResponse(offlineLibraryScript());
