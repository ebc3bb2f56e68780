// Every figure file is exactly what the leg model in scripts/figures draws (true proportions and angles, one
// style): a hand edit, or a model change not written out with `npx node scripts/figures/build.ts`, fails here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FIGURES } from '../../../scripts/figures/all.ts';

const root = new URL('../../../', import.meta.url);
const ids = readdirSync(new URL('src/figures/', root))
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.replace(/\.svg$/, ''));

test('every drill figure has a definition in the leg model', () => {
  assert.deepEqual(Object.keys(FIGURES).sort(), ids.sort());
});

for (const id of ids) {
  test(`${id}: the file is what the leg model draws`, () => {
    const svg = readFileSync(new URL(`src/figures/${id}.svg`, root), 'utf8');
    const title = svg.match(/<title[^>]*>([^<]+)<\/title>/)?.[1] ?? '';
    assert.equal(svg, FIGURES[id](title));
  });
}
