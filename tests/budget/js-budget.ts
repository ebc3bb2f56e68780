// JS size budget over the built site (dist/): for each HTML page, the gzipped bytes of every script it loads,
// following static imports of module scripts and island component/renderer URLs. Code behind a dynamic import()
// with a literal path (the search UI, the session player, the test tools) loads only after a user action: it is
// counted separately as "lazy" (files the page already loaded are not counted again), with its own limit where one
// is set. Limits: every content page 2 KB gzip (the header search loader must fit).
// The plan page: issue 5 asks for 25 KB, which this build does NOT meet (measured 45.1 KB). Its parts, gzip:
// plan engine 14, zod/mini Baseline schema 7.1, plan-io and stores 3.7, plan UI 10.6, Preact 6.7, Astro's island
// runtime 1.8, header search loader 1.5. Even without zod and Preact, engine + plan-io + a bare UI + the header
// loader come to about 25 KB, so the target needs a decision (see the issue note), not trimming. The limit below
// keeps the page from growing unnoticed meanwhile: 45 KB until the physio-review fixes of the third session (plan
// wording and gate checks, +1.2 KB) reached 45.1, so 46 KB then. Issue 13 retires the 25 KB target and sets 50 KB
// before the user acts (its budget section): the session and test-tool launchers took the page from 45.3 to 46.6 KB
// (0.6 KB of launcher code; 0.7 KB because zod/mini, now shared with the lazily loaded check-in, moves to a chunk of
// its own and compresses apart from the page's code). The player, metronome and test tools (8.5 KB) are lazy.
// Raise a limit only with a measured reason like these. The search page hydrates a Preact island on load, so it gets its
// own limit of 15 KB gzip: Preact and Astro's island runtime (about 9 KB measured) plus the search UI, with headroom.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
/** The build's base path (astro.config reads the same BASE): URLs in the HTML carry it, files under dist/ do not. */
const BASE = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(DIST)) {
  console.error('No dist/ folder: build the site first (npm run build), then run the budget.');
  process.exit(1);
}
/** Scripts a page names that are not in dist/: a wrong BASE would otherwise count them as 0 bytes and pass. */
const missing = new Set<string>();
const LIMITS: Record<string, number> = { 'plan/index.html': 50 * KB, 'search/index.html': 15 * KB };
const limitFor = (page: string) => LIMITS[page] ?? 2 * KB;
/**
 * Lazy code on the plan page, measured 13.5 KB: the session player 5.3, the test tools 2.0, their shared timer and
 * sound code 1.2, the header search UI 1.5 (every page) and Preact signals 3.0 (Astro's island client imports it
 * only for signal props). 16 KB leaves room for the check-in's next fields.
 */
const LAZY_LIMITS: Record<string, number> = { 'plan/index.html': 16 * KB };
const lazyLimitFor = (page: string) => LAZY_LIMITS[page] ?? Number.POSITIVE_INFINITY;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Bytes of a JS file plus everything it imports statically (each file counted once per page). Dynamic imports
 * with a literal path go into `lazy` (URLs) for the caller to count afterwards. */
function moduleGraph(url: string, seen: Set<string>, lazy: Set<string> = new Set()): number {
  const path = url.startsWith(BASE) ? url.slice(BASE.length) : url.replace(/^\//, '');
  const file = join(DIST, path.replace(/\?.*$/, ''));
  if (seen.has(file)) return 0;
  if (!existsSync(file)) {
    missing.add(url);
    return 0;
  }
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let total = gz(code);
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    total += moduleGraph(spec.startsWith('/') ? spec : new URL(spec, `http://x${base}`).pathname, seen, lazy);
  }
  for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)) {
    lazy.add(m[1].startsWith('/') ? m[1] : new URL(m[1], `http://x${base}`).pathname);
  }
  return total;
}

let failures = 0;
const rows: { page: string; bytes: number; limit: number; lazy: number; lazyLimit: number }[] = [];
for (const file of htmlFiles(DIST)) {
  const page = relative(DIST, file);
  const html = readFileSync(file, 'utf8');
  const seen = new Set<string>();
  const lazyUrls = new Set<string>();
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = m[1].match(/\bsrc="([^"]+)"/)?.[1];
    if (src) bytes += moduleGraph(src, seen, lazyUrls);
    else if (!/type="application\/(ld\+)?json"/.test(m[1])) bytes += gz(m[2]);
  }
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) {
    bytes += moduleGraph(m[1], seen, lazyUrls);
  }
  // Lazy parts, after everything loaded up front (so shared files count once, where they first load); a lazy part
  // may itself load another lazily, hence the loop over a growing set.
  let lazy = 0;
  for (const url of lazyUrls) lazy += moduleGraph(url, seen, lazyUrls);
  const row = { page, bytes, limit: limitFor(page), lazy, lazyLimit: lazyLimitFor(page) };
  rows.push(row);
  if (row.bytes > row.limit || row.lazy > row.lazyLimit) failures += 1;
}

rows.sort((a, b) => b.bytes - a.bytes);
const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
console.log('       before any action         lazy (after an action)');
for (const r of rows.slice(0, 8)) {
  const over = r.bytes > r.limit || r.lazy > r.lazyLimit;
  const lazyLimit = Number.isFinite(r.lazyLimit) ? ` of ${r.lazyLimit / KB} KB` : '';
  console.log(
    `${over ? 'OVER' : 'ok  '} ${kb(r.bytes)} KB of ${r.limit / KB} KB  ${kb(r.lazy)} KB${lazyLimit.padEnd(9)}  ${r.page}`,
  );
}
console.log(`${rows.length} pages checked, ${failures} over budget`);
if (missing.size) {
  console.error(
    `Scripts named by the pages but not found in dist/ (built with another BASE? run with the same BASE): ${[...missing].slice(0, 3).join(', ')}`,
  );
}
process.exit(failures || missing.size ? 1 : 0);
