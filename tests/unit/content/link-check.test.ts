import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findBrokenLinks } from '../../../src/integrations/link-check.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pushoff-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

test('links, images and anchors that resolve pass, relative or absolute', () => {
  const dir = site({
    'index.html':
      '<a href="/drills/pogo-hops/">x</a><img src="/figures/pogo-hops.svg"><a href="https://example.org/">ext</a>',
    'drills/pogo-hops/index.html': '<a href="../../guides/rules/#R13">r</a><a href="#top" id="top">t</a>',
    'guides/rules/index.html': '<li id="R13">rule</li>',
    'figures/pogo-hops.svg': '<svg/>',
  });
  assert.deepEqual(findBrokenLinks(dir, '/'), []);
});

test('a link to a missing page and an anchor that does not exist are both reported with the page', () => {
  const dir = site({
    'index.html': '<a href="/drills/no-such-drill/">x</a>',
    'guides/a/index.html': '<a href="../b/#R99">x</a>',
    'guides/b/index.html': '<p id="R1">one</p>',
  });
  assert.deepEqual(findBrokenLinks(dir, '/').sort(), [
    '/: /drills/no-such-drill/ leads nowhere',
    '/guides/a/: ../b/#R99 names an anchor that does not exist',
  ]);
});

test('under a base path, links must stay inside it', () => {
  const dir = site({
    'index.html': '<a href="/pushoff/drills/">in</a><a href="/drills/">out</a>',
    'drills/index.html': '',
  });
  assert.deepEqual(findBrokenLinks(dir, '/pushoff/'), ['/: /drills/ is outside the site base /pushoff/']);
});
