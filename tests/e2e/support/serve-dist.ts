// A minimal static server for dist/ used by the e2e tests: several can run at once (astro preview allows one per
// project), and it behaves like a plain static host (index.html for folders, 404.html with status 404).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

// E2E_DIST lets a run serve its own build (default: the project's dist/).
const root = process.env.E2E_DIST ?? new URL('../../../dist/', import.meta.url).pathname;
const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 4399);
// A BASE build (BASE=/sub) lives under that path, as on a host that serves it from a sub-folder.
const base = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

// --gzip compresses text as static hosts do (used by `npm run lighthouse`, so transfer sizes are realistic).
const gzip = process.argv.includes('--gzip');
const TEXT = /^(text\/|application\/(json|xml|manifest\+json|javascript))|\+xml$/;

createServer((req, res) => {
  try {
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((status: number, headers?: Record<string, string>) => {
        if (headers && TEXT.test(headers['Content-Type'] ?? '')) {
          const end = res.end.bind(res);
          res.end = ((body?: Buffer) => end(body && gzipSync(body))) as typeof res.end;
          return writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        }
        return writeHead(status, headers);
      }) as typeof res.writeHead;
    }
    serve(req.url ?? '/', res);
  } catch (error) {
    // e.g. dist/ rebuilt underneath us: answer, never crash
    if (res.headersSent) res.end();
    else res.writeHead(500).end(String(error));
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}/`));

function serve(requestUrl: string, res: import('node:http').ServerResponse): void {
  const url = new URL(requestUrl, 'http://localhost');
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  if (`${path}/` === base) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  // Outside BASE nothing exists: an empty name falls through to the 404 page below.
  let file = path.startsWith(base) ? join(root, path.slice(base.length)) : join(root, '.outside-base');
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) {
    const body = readFileSync(join(root, '404.html'));
    res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(body);
    return;
  }
  const body = readFileSync(file);
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
}
