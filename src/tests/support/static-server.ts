/**
 * Serves a built `dist/` over http on a free port, optionally under a
 * sub-path, the way a static host would (folders serve their index.html,
 * unknown paths get 404.html with status 404).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running server. */
export interface StaticServer {
  /** Origin plus base, ending with `/`: `http://127.0.0.1:PORT/digest/`. */
  url: string;
  close(): Promise<void>;
}

/** Starts a server for `dir` mounted at `base` (`/` or `/digest/`). */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const serve = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) { res.statusCode = 404; res.end('outside base'); return; }
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => {
      // As hosts do: the site's own not-found page, with the status that says so (sirv would send it as 200).
      const notFound = path.join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
