import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRILL_TITLES } from '../../../src/domain/explain/drill-titles.ts';
import { type DrillId, DRILL_CATALOG as ENGINE } from '../../../src/domain/model/drill-catalog.ts';
import { catalogMismatches, type PageDrill } from '../../../src/lib/catalog-check.ts';

/** The engine's catalogue with the display names the build checks against the pages. */
const DRILL_CATALOG = Object.fromEntries(
  Object.entries(ENGINE).map(([id, info]) => [id, { ...info, title: DRILL_TITLES[id as DrillId] }]),
);

const page = (id: string, over: Partial<PageDrill> = {}): PageDrill => {
  const info = DRILL_CATALOG[id as keyof typeof DRILL_CATALOG];
  return { id, title: info.title, knee: info.knee, equipment: [...info.equipment], cues: [...info.cues], ...over };
};
const allPages = () => Object.keys(DRILL_CATALOG).map((id) => page(id));

test('pages that match the engine catalogue pass', () => {
  assert.deepEqual(catalogMismatches(DRILL_CATALOG, allPages()), []);
});

test('a page whose kit differs from the engine is reported by id', () => {
  const pages = allPages().map((p) => (p.id === 'eccentric-drop-straight' ? { ...p, equipment: [] } : p));
  const problems = catalogMismatches(DRILL_CATALOG, pages);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^eccentric-drop-straight: equipment \[\] on the page, \[step\] in the engine/);
});

test('a drill the engine prescribes without a page is reported', () => {
  const problems = catalogMismatches(
    DRILL_CATALOG,
    allPages().filter((p) => p.id !== 'pogo-hops'),
  );
  assert.deepEqual(problems, [
    'pogo-hops: the plan engine prescribes it but content/drills/pogo-hops.mdx does not exist',
  ]);
});

test('a cue the engine shows but the page omits is reported', () => {
  const pages = allPages().map((p) => (p.id === 'knee-to-wall' ? { ...p, cues: [] } : p));
  assert.match(
    catalogMismatches(DRILL_CATALOG, pages).join('\n'),
    /knee-to-wall: the engine shows cues the page does not list: knee-over-toes/,
  );
});
