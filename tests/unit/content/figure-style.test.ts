// Every drill figure follows the one style of src/figures (see docs/contributing.md): viewBox 320 x 200, the
// accessible pattern (role="img", aria-labelledby its <title>, the title equal to the drill page's figureAlt),
// only the pf-* classes the site colours in src/styles/figures.css, no inline colours or stroke widths, an arrow
// marker named after the drill, and the outlined leg rather than the old stick figures (no round heads).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const ids = readdirSync(new URL('src/figures/', root))
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.replace(/\.svg$/, ''));
const css = read('src/styles/figures.css');
const KNOWN = [...new Set([...css.matchAll(/\.(pf-[a-z-]+)/g)].map((m) => m[1]))];

test('figures.css defines the classes the figures use', () => {
  for (const c of ['pf-line', 'pf-ghost', 'pf-work', 'pf-arrow', 'pf-arrowhead', 'pf-ground', 'pf-fill']) {
    assert.ok(KNOWN.includes(c), c);
  }
});

for (const id of ids) {
  test(`${id}: one style`, () => {
    const svg = read(`src/figures/${id}.svg`);
    const open = svg.match(/^<svg [^>]*>/)?.[0] ?? '';
    assert.match(open, /viewBox="0 0 320 200"/, 'viewBox 0 0 320 200');
    assert.match(open, /role="img"/);
    assert.match(open, new RegExp(`aria-labelledby="t-${id}"`));
    const title = svg.match(new RegExp(`^<svg [^>]*><title id="t-${id}">([^<]{20,})</title>`));
    assert.ok(title, 'the title comes first and names the figure');
    const alt = read(`content/drills/${id}.mdx`).match(/^figureAlt: (".*")$/m)?.[1];
    assert.equal(title[1], alt && JSON.parse(alt), "the title is the drill page's alt text");

    const classes = [...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/));
    for (const c of classes) assert.ok(KNOWN.includes(c), `unknown class ${c}`);
    for (const c of ['pf-line', 'pf-work']) assert.ok(classes.includes(c), `draws a ${c}`);
    assert.doesNotMatch(
      svg,
      /\sstyle=|<style|\s(fill|stroke|stroke-width|color|opacity)="|#[0-9a-f]{3,6}\b|rgb\(/i,
      'no inline colours',
    );
    for (const m of svg.matchAll(/\sid="([^"]+)"/g)) assert.ok(m[1] === `t-${id}` || m[1] === `arrow-${id}`, m[1]);
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g))
      assert.equal(m[1], `arrow-${id}`, "the marker is the drill's own");
    assert.doesNotMatch(svg, /<circle class="pf-(fill|ghost|line)"[^>]*r="(7|8|9|10|11)"/, 'no stick-figure heads');
  });
}
