// The build-time guard that a site built without SITE names no made-up address (scripts/postbuild.ts runs it).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findPlaceholderDomains } from '../../../scripts/placeholder-check.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pushoff-dist-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('a made-up .example address is found in a page, a script, robots.txt or the headers file', () => {
  const dist = site({
    'plan/index.html': '<link rel="canonical" href="https://pushoff.example/plan/">',
    '_astro/plan.js': 'const host="pushoff.example";',
    'robots.txt': 'Sitemap: https://docs.pushoff.example/sitemap-index.xml',
    _headers: '/*\n  X: y',
  });
  assert.deepEqual(findPlaceholderDomains(dist).sort(), [
    '_astro/plan.js: pushoff.example',
    'plan/index.html: pushoff.example',
    'robots.txt: docs.pushoff.example',
  ]);
});

test('real addresses, words ending in "example" and binary files pass', () => {
  const dist = site({
    'index.html': '<a href="https://doi.org/10.1/x">For example, a counterexample.</a> https://example.com/a',
    'icons/icon.png': 'pushoff.example',
  });
  assert.deepEqual(findPlaceholderDomains(dist), []);
});
