// Where hopping hurt (physiotherapist's reads, sessions 20 and 21): the hop test scored pain but never its place, so
// hopping pain at the heel bone still got heel drops below a step in week 2 (rule 17 forbids them). Asked whenever
// hopping hurt, the place now counts as pain there does: rule 17 at the heel bone, C22's bone-stress check at a shin or
// under the heel, C24's growing heel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sayReferral } from '../../../src/domain/explain/referral-words.ts';
import { createPlan, DRILL_CATALOG } from '../../../src/domain/index.ts';
import { HOP_PLACE_PATH } from '../../../src/domain/model/baseline.ts';
import { base, drills, plan, referral } from './helpers.ts';

const hop = (pain: number, where?: ('achilles-insertion' | 'calf' | 'shin' | 'plantar-heel')[]) => ({
  left: 30,
  right: 30,
  pain,
  ...(where ? { where } : {}),
});

test('hopping that hurt with no place ticked is asked about before any plan, never guessed', () => {
  const r = createPlan({ ...base(), hopTest: hop(2) });
  assert.ok(!r.ok);
  if (r.ok) return;
  assert.deepEqual(
    r.errors.map((e) => e.path),
    [HOP_PLACE_PATH],
  );
  assert.match(r.errors[0].message, /^Tick where hopping hurt/);
  // Pain-free hopping needs no place.
  assert.ok(createPlan({ ...base(), hopTest: hop(0) }).ok);
});

test('rule 17: hopping pain at the heel bone keeps every raise at floor level, with no stretch into dorsiflexion', () => {
  const calf = plan(base({ hopTest: hop(3, ['calf']) }));
  const step = (d: { drill: keyof typeof DRILL_CATALOG }) => DRILL_CATALOG[d.drill].level === 'step';
  assert.ok(
    drills(calf).some(step),
    'the same runner hopping with calf pain gets drops below a step (the case can fail)',
  );
  const heel = plan(base({ hopTest: hop(3, ['achilles-insertion']) }));
  assert.ok(!drills(heel).some(step), 'no drop below a step');
  // No stretch into dorsiflexion: knee-to-wall gives way, and the cooldown says to leave its calf stretches out.
  assert.ok(drills(calf).some((d) => d.drill === 'knee-to-wall'));
  assert.ok(!drills(heel).some((d) => d.drill === 'knee-to-wall'));
  const cooldowns = drills(heel).filter((d) => d.drill === 'cooldown-mobility');
  assert.ok(cooldowns.length > 0 && cooldowns.every((d) => d.notes.some((n) => n.id === 'drill.cooldown-insertional')));
  assert.ok(heel.summary.flags.some((f) => f.id === 'flag.insertional'));
});

test('C22: hopping pain over 5 at a shin or under the heel is the bone-stress check, though nothing hurts at rest', () => {
  const r = referral(base({ painNow: 0, painLocations: [], hopTest: hop(6, ['shin']) }));
  const bone = r.reasons.find((x) => x.id === 'reason.hop-pain-bone');
  assert.ok(bone && bone.id === 'reason.hop-pain-bone');
  assert.deepEqual([bone.where, bone.hopWhere], [[], ['shin']]);
  // Said as it was: the shin hurt while hopping, not now.
  assert.match(sayReferral(bone), /^Hopping hurt 6\/10 in the shin\. /);
  // Over 5 in the calf muscle is C22's hold on hops and runs, not a referral.
  assert.equal(plan(base({ hopTest: hop(6, ['calf']) })).kind, 'plan');
});

test('shin or heel pain while hopping, at any score, brings the flag that tells shin splints from a bone stress sign', () => {
  const shin = plan(base({ hopTest: hop(2, ['shin']) }));
  assert.ok(shin.summary.flags.some((f) => f.id === 'flag.shin'));
  const heel = plan(base({ hopTest: hop(2, ['plantar-heel']) }));
  assert.ok(heel.summary.flags.some((f) => f.id === 'flag.heel-signs'));
  assert.ok(!plan(base({ hopTest: hop(2, ['calf']) })).summary.flags.some((f) => f.id === 'flag.shin'));
});

test('a place left ticked after the hopping score went back to 0 means nothing', () => {
  const p = plan(base({ age: 14, hopTest: hop(0, ['plantar-heel', 'achilles-insertion']) }));
  assert.ok(!p.summary.flags.some((f) => f.id === 'flag.insertional' || f.id === 'flag.heel-signs'));
});

test('C24: a runner under 16 whose heel hurt while hopping has it checked first', () => {
  const r = referral(base({ age: 13, hopTest: hop(2, ['plantar-heel']) }));
  assert.ok(r.reasons.some((x) => x.id === 'reason.growing-heel'));
});
