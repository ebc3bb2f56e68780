// A heel-bone plan's cooldown leaves out the wall calf stretches (rule 17); its figure must not draw them (phone review:
// the player showed two wall stretches above "Leave out the wall calf stretches").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureFor } from '../../../src/lib/figure-for.ts';
import { base, drills, plan } from '../domain/helpers.ts';

const cooldowns = (p: ReturnType<typeof plan>) => drills(p).filter((d) => d.drill === 'cooldown-mobility');

test('a heel-bone plan’s cooldown shows the ankle movement it keeps, not the wall stretches it leaves out', () => {
  const heelBone = plan(base({ painNow: 2, painLocations: ['achilles-insertion'] }));
  assert.ok(cooldowns(heelBone).length > 0);
  for (const d of cooldowns(heelBone)) assert.equal(figureFor(d), 'plantarflexion-mobility');
  const usual = plan(base());
  assert.ok(cooldowns(usual).length > 0);
  for (const d of cooldowns(usual)) assert.equal(figureFor(d), 'cooldown-mobility');
  // Every other drill keeps its own figure.
  for (const d of drills(heelBone).filter((x) => x.drill !== 'cooldown-mobility')) assert.equal(figureFor(d), d.drill);
});
