// A build without SITE must not contain a made-up address anywhere: not in pages, scripts, the manifest, robots.txt
// or the service worker. Made-up means a host under the reserved .example top-level domain (RFC 2606), such as the
// old fallback pushoff.example. (Pagefind's own code parses paths against https://example.com internally; that is a
// real reserved domain used as a parsing base, never shown or exported, so it is not matched.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MADE_UP = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.example\b(?![-.\w])/gi;
const TEXT = /\.(html|js|css|json|webmanifest|xml|txt|svg|ics)$|^_headers$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** "file: host" for every made-up address in the text files of a built site. */
export function findPlaceholderDomains(dist: string): string[] {
  const found: string[] = [];
  for (const file of files(dist)) {
    if (!TEXT.test(file.split('/').pop() ?? '')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(MADE_UP)) found.push(`${relative(dist, file)}: ${m[0]}`);
  }
  return found;
}
