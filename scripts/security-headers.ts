// Adds the Content-Security-Policy header to dist/_headers (copied from public/_headers, read by Netlify and
// Cloudflare Pages). The policy is the one Astro wrote into the pages' <meta> tags (src/lib/csp.ts), with the hashes
// of every page's inline scripts and styles merged, plus what a <meta> tag cannot say: frame-ancestors.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** The site-wide policy: for each directive, the union of its sources over every page's meta policy. */
export function sitePolicy(dist: string): string {
  const merged = new Map<string, Set<string>>();
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const meta = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
    if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag`);
    pages += 1;
    for (const part of meta[1].replace(/&#39;/g, "'").split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  if (!pages) throw new Error(`no pages in ${dist}`);
  merged.set('frame-ancestors', new Set(["'none'"]));
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function writeSecurityHeaders(dist: string): void {
  const file = join(dist, '_headers');
  const text = readFileSync(file, 'utf8');
  const marker = /^(\s*)Content-Security-Policy: BUILT$/m;
  if (!marker.test(text)) throw new Error(`${file} lacks the line "  Content-Security-Policy: BUILT"`);
  writeFileSync(
    file,
    text.replace(marker, (_, indent) => `${indent}Content-Security-Policy: ${sitePolicy(dist)}`),
  );
}
