// First-query budget: what a visitor downloads from /pagefind/ for their first search, measured in real Chromium
// against dist/ (served by tests/e2e/support/serve-dist.ts). Two first queries are measured: /search/?q=cramp (the
// search page, which also loads the filter counts and a screen of results) and the header field on a content page
// (type "calf strain", six options). Bytes are what a gzip-serving host sends: Pagefind's index, fragment, filter,
// meta and wasm files are gzip already (counted as they are); pagefind.js and the entry JSON are gzipped here
// (level 9). The site's own scripts are not counted: tests/budget/js-budget.ts covers them.
// Limit: 95 KB gzip per first query (issue 16; it was about 119 KB in 15 requests), and fewer than 15 requests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const DIST = process.env.E2E_DIST ?? 'dist';
const KB = 1024;
const LIMIT_BYTES = 95 * KB;
const LIMIT_REQUESTS = 14;
const BASE = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error('No dist/pagefind/: build the site first (npm run build), then run the budget.');
  process.exit(1);
}

/** Bytes on the wire for one file under dist/ with gzip on: Pagefind's own binary files are gzip already. */
function wireBytes(file: string): number {
  const body = readFileSync(file);
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : gzipSync(body, { level: 9 }).length;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 4398;
      srv.close(() => resolve(port));
    });
  });
}

interface Measure {
  name: string;
  files: string[];
  bytes: number;
}

/** Runs `act` on a fresh page and returns the /pagefind/ files it fetched (each once). */
async function measure(page: Page, name: string, act: () => Promise<void>): Promise<Measure> {
  const files = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const at = path.indexOf('/pagefind/');
    if (at >= 0) files.add(path.slice(at + 1));
  });
  await act();
  const list = [...files];
  const bytes = list.reduce((sum, f) => sum + wireBytes(join(DIST, f)), 0);
  return { name, files: list, bytes };
}

const port = await freePort();
const server = spawn(process.execPath, ['tests/e2e/support/serve-dist.ts', '--port', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, E2E_DIST: join(process.cwd(), DIST, '/') },
});
const origin = `http://127.0.0.1:${port}${BASE}`;
const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch(
  existsSync(systemChromium)
    ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }
    : {},
);
let failures = 0;
try {
  for (let i = 0; i < 50; i += 1) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((f) => setTimeout(f, 100));
  }
  const results: Measure[] = [];
  {
    const page = await browser.newPage();
    results.push(
      await measure(page, '/search/?q=cramp', async () => {
        await page.goto(`${origin}search/?q=cramp`);
        await page
          .getByRole('status')
          .filter({ hasText: /results? for/ })
          .waitFor();
        await page.waitForLoadState('networkidle');
      }),
    );
    await page.close();
  }
  {
    const page = await browser.newPage();
    results.push(
      await measure(page, 'header field, "calf strain"', async () => {
        await page.goto(`${origin}cues/knee-over-toes/`);
        await page.locator('#site-search').click();
        await page.keyboard.type('calf strain');
        await page.locator('#site-search-list [role=option]').first().waitFor();
        await page.waitForLoadState('networkidle');
      }),
    );
    await page.close();
  }
  for (const r of results) {
    const over = r.bytes > LIMIT_BYTES || r.files.length > LIMIT_REQUESTS;
    if (over) failures += 1;
    console.log(
      `${over ? 'OVER' : 'ok  '} ${(r.bytes / KB).toFixed(1).padStart(6)} KB of ${LIMIT_BYTES / KB} KB, ` +
        `${r.files.length} of at most ${LIMIT_REQUESTS} requests  first query: ${r.name}`,
    );
    if (process.env.VERBOSE) for (const f of r.files) console.log(`         ${wireBytes(join(DIST, f))}  ${f}`);
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(failures ? 1 : 0);
