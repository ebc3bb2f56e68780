// /plan/'s island props carry only what a plan can show (issue 13): a library of 2,000 pages must not make the
// plan page's HTML grow, while every drill and cue the engine can name keeps its title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRILL_CATALOG, RULES } from '../../../src/domain/index.ts';
import { planTitles } from '../../../src/lib/plan-titles.ts';

const entry = (id: string) => ({ id, data: { title: `Title of ${id}`, howTo: `How to do ${id}` } });
const catalogDrills = Object.keys(DRILL_CATALOG);
const catalogCues = [...new Set(Object.values(DRILL_CATALOG).flatMap((d) => d.cues))];

test('every drill and cue the engine can prescribe keeps its title', () => {
  const t = planTitles(catalogDrills.map(entry), catalogCues.map(entry));
  assert.deepEqual(Object.keys(t.drills).sort(), [...catalogDrills].sort());
  assert.deepEqual(Object.keys(t.cues).sort(), [...catalogCues].sort());
  assert.equal(t.drills[catalogDrills[0]], `Title of ${catalogDrills[0]}`);
  assert.deepEqual(Object.keys(t.howTo).sort(), [...catalogDrills].sort());
  assert.equal(t.howTo[catalogDrills[0]], `How to do ${catalogDrills[0]}`);
});

test('a library grown to 2,000 pages passes the same props as today', () => {
  const small = JSON.stringify(planTitles(catalogDrills.map(entry), catalogCues.map(entry)));
  const extra = Array.from({ length: 1000 }, (_, i) => entry(`library-page-${i}`));
  const big = JSON.stringify(
    planTitles([...catalogDrills.map(entry), ...extra], [...catalogCues.map(entry), ...extra]),
  );
  assert.equal(big, small);
  assert.ok(!big.includes('library-page-'));
});

test('each rule behind a "Why?" has its title', () => {
  const t = planTitles([], []);
  for (const r of RULES) assert.equal(t.rules[r.id], r.title);
});

test('a both-legs how-to travels only for the drills that have one', () => {
  const withBoth = {
    id: 'bent-knee-heel-raise',
    data: { title: 'B', howTo: 'On one leg…', howToBothLegs: 'On both…' },
  };
  const t = planTitles([...catalogDrills.filter((d) => d !== withBoth.id).map(entry), withBoth], []);
  assert.deepEqual(t.howToBothLegs, { 'bent-knee-heel-raise': 'On both…' });
});
