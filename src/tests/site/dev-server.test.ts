/**
 * `npm run dev` as a contributor uses it: the pages, their stylesheet and
 * script (which `trailingSlash: 'always'` once answered with 404, leaving
 * every page unstyled), and the search page's note that search needs a build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRATCH } from '../support/build.ts';

let server: ChildProcess;
let origin = '';
let output = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  // As `npm run dev` starts it, without what the test runner exports; its own cache folder, so the builds' stays theirs.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/.test(k)));
  server = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--force'], {
    env: { ...env, BROADSHEET_CACHE_DIR: path.join(SCRATCH, 'dev-cache') }, detached: true,
  });
  server.stdout?.on('data', (d) => { output += String(d); });
  server.stderr?.on('data', (d) => { output += String(d); });
  origin = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 500))) {
    const ok = await fetch(`${origin}/`).then((r) => r.ok, () => false);
    if (ok) break;
    if (server.exitCode !== null || Date.now() - started > 120_000) throw new Error(`astro dev did not start:\n${output}`);
  }
});

afterAll(async () => {
  if (!server?.pid || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  // The dev server and what it started (Vite's workers), before the next suite needs the cores.
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
});

describe('npm run dev', () => {
  it('parses the home page with its stylesheet and script, both served', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const assets = [...new Set(html.match(/site-[0-9a-f]{10}\.(?:css|js)/g))];
    expect(assets.map((a) => a.split('.').pop()).sort()).toEqual(['css', 'js']);
    for (const asset of assets) {
      const response = await fetch(`${origin}/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect((await response.text()).length, asset).toBeGreaterThan(500);
    }
  });
  it('rejects search without a build, saying so on the search page', async () => {
    const html = await (await fetch(`${origin}/search/`)).text();
    expect(html).toContain('Search needs a build');
  });
});
