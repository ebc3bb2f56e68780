// The printed plan's one-line how-to (issue 13) must describe the drill as it is dosed. A one-leg drill the plan doses
// on both legs while a side is under 15 reps (C3) printed "On one leg with the knee bent…" beside "3 × 15, both legs
// together" (physiotherapist's read of a 62-year-old's paper, 12 and 8 bent-knee raises).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { createPlan } from '../../../src/domain/index.ts';
import { howToFor } from '../../../src/lib/how-to.ts';
import { planTitles } from '../../../src/lib/plan-titles.ts';
import { base, plan, validBaseline } from '../domain/helpers.ts';

const drills = readdirSync('content/drills')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(`content/drills/${f}`, 'utf8').split(/^---$/m)[1] ?? '';
    return { id: f.replace(/\.mdx$/, ''), data: yaml.load(front) as { title: string; howTo: string } };
  });
const titles = planTitles(drills, []);
const ONE_LEG = /\bone (straight |bent )?leg\b/i;

test('a one-leg drill dosed on both legs prints a both-legs how-to', () => {
  const p = plan(
    base({ age: 62, equipment: [], straightKnee: { left: 14, right: 9 }, bentKnee: { left: 12, right: 8 } }),
  );
  const bent = p.weeks[0].sessions.flatMap((s) => s.drills).find((d) => d.drill === 'bent-knee-heel-raise');
  assert.equal(bent?.stance, 'double');
  assert.equal(
    howToFor(titles, 'bent-knee-heel-raise', 'double'),
    'On both feet with the knees bent, rise as high as you can and lower slowly.',
  );
  assert.match(howToFor(titles, 'bent-knee-heel-raise', 'single') ?? '', ONE_LEG);
});

test('no drill the engine doses on both legs prints a how-to that says one leg', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(validBaseline, (b) => {
      const r = createPlan(b, { log: { version: 1, entries: [] }, today: b.startDate, earlier: [] });
      if (!r.ok || r.result.kind !== 'plan') return;
      for (const d of r.result.weeks.flatMap((w) => w.sessions).flatMap((s) => s.drills))
        if (d.stance === 'double') {
          seen.add(d.drill);
          assert.doesNotMatch(howToFor(titles, d.drill, d.stance) ?? '', ONE_LEG, d.drill);
        }
    }),
    { numRuns: 300 },
  );
  assert.ok(seen.has('bent-knee-heel-raise'), `both-legs drills seen: ${[...seen]}`);
});

test('a drill’s one-line how-to leaves its tempo to the dose beside it', () => {
  // Physiotherapist's read of a later block's paper: "rise on one leg with a weight: 3 s up, 2 s hold, 3 s down." then
  // "3 s up, 2 s hold, 3 s down; legs in turn" in the same cell. The dose says the tempo the plan set for this week.
  for (const d of drills) {
    const data = d.data as { howTo: string; howToBothLegs?: string };
    for (const line of [data.howTo, data.howToBothLegs].filter(Boolean))
      assert.doesNotMatch(line ?? '', /\d s (up|down|hold)/, d.id);
  }
});
