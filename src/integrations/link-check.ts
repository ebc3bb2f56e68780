// Astro integration: after the build, every internal link, image and anchor in dist/ must resolve,
// otherwise the build fails and names the page and the link. Content links are written by hand in MDX,
// so this is the only guard that catches a typo there.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** The dist file a URL path points at: "/a/" -> a/index.html, "/f.svg" -> f.svg. */
function targetFile(dist: string, pathname: string): string {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

export function findBrokenLinks(dist: string, base: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    return ids.get(file)!;
  };
  for (const file of htmlFiles(dist)) {
    const page = `/${relative(dist, file)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/')}`;
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page}`, 'http://site');
    const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1].replace(/&amp;/g, '&');
      if (!raw || /^(?:[a-z]+:|\/\/)/i.test(raw)) continue; // external, mailto:, data:
      const url = new URL(raw, pageUrl);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${raw} is outside the site base ${base}`);
        continue;
      }
      const target = raw.startsWith('#') ? file : targetFile(dist, url.pathname.slice(base.length - 1));
      if (!existsSync(target)) {
        problems.push(`${page}: ${raw} leads nowhere`);
        continue;
      }
      const anchor = url.hash.slice(1);
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
        problems.push(`${page}: ${raw} names an anchor that does not exist`);
      }
    }
  }
  return problems;
}

export default function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'pushoff:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = findBrokenLinks(fileURLToPath(dir), base);
        if (problems.length) throw new Error(`Broken internal links:\n${problems.join('\n')}`);
        logger.info('every internal link resolves');
      },
    },
  };
}
