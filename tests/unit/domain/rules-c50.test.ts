// C50: calf-muscle pain of 4-5/10 now is what rule 7 calls acceptable, but that rule comes from tendon pain. A
// physiotherapist reading a plan for a runner with calf pain 5/10 at rest and an old strain would not hand it over
// ("Pain 5/10 now is acceptable for loading", "Let the same pain rule guide your running"): the calf is checked first,
// the runs wait, and no hops or strides begin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, asksForClinician, createPlan, type Plan, say, testProtocol } from '../../../src/domain/index.ts';
import { base, drillIds, plan, STRIDES } from './helpers.ts';

const flagIds = (p: Plan) => p.summary.flags.map((f) => f.id);
const HOPS = ['double-leg-hops', 'single-leg-hops', 'strides'];

test('C50 calf pain 4-5/10 now asks for a clinician first, holds runs, hops and strides, and never calls it acceptable', () => {
  // Worked example 1 gets hops from week 3 and strides could follow; a runner with a sore calf and an old strain.
  const calm = plan(base());
  assert.ok(
    HOPS.some((id) => drillIds(calm).has(id)),
    'the example plan has hops when the calf does not hurt',
  );
  for (const pain of [4, 5]) {
    const p = plan(
      base({ painNow: pain, painLocations: ['calf'], history: { ...base().history, calfStrain: 'right' } }),
    );
    const flag = p.summary.flags.find((f) => f.id === 'flag.calf-pain-now');
    assert.ok(flag && asksForClinician(flag), `pain ${pain}: a note asking for a clinician, shown first`);
    assert.match(say(flag), /checked before you start, and do not run on it until then/);
    assert.match(say(flag), /after an old strain/);
    assert.ok(flag.ruleIds.includes('C50'));
    assert.ok(!flagIds(p).includes('flag.pain-acceptable'), 'no "acceptable for loading"');
    assert.ok(!flagIds(p).includes('flag.running-pain-monitoring'), 'no running under the pain rule');
    assert.equal(p.summary.runsWait, 'calf-pain');
    for (const id of HOPS) assert.ok(!drillIds(p).has(id), `pain ${pain}: no ${id}`);
    assert.equal(p.summary.gates.find((g) => g.id === 'plyometrics')?.status, 'locked');
    assert.ok(
      p.summary.gates.every((g) => g.id === 'single-leg-hops' || g.conditions.some((c) => c.id === 'gate.calf-calm')),
    );
    assert.match(testProtocol(p.summary).at(-1) ?? '', /has checked your calf pain/);
    assert.ok(!p.weeks[3].notes.some((n) => n.id === 'week.running-increase'), 'no advice to run more');
    // Physio read: week 2 brought drops below step level to a calf that may hold an unhealed strain. The block keeps
    // week 1's dose until a clinician has checked it, as C22 does for hopping pain, and offers nothing next.
    for (const w of p.weeks.slice(1)) assert.equal(w.change.reason.id, 'change.held-calf', `week ${w.number}`);
    assert.deepEqual(drillIds(p), new Set(p.weeks[0].sessions.flatMap((s) => s.drills.map((d) => d.drill))));
    assert.ok(![...drillIds(p)].some((id) => id.startsWith('eccentric-drop')));
    assert.deepEqual(p.summary.keepGoing.nextDrills, []);
    assert.equal(p.summary.keepGoing.waits, true);
  }
  // At a retest too: the block after a calf-pain-free one holds once the calf hurts 4/10 at rest.
  const first = base();
  const retest = { ...first, startDate: addDays(first.startDate, 28), painNow: 4, painLocations: ['calf' as const] };
  const r = createPlan(retest, { log: { version: 1, entries: [] }, today: retest.startDate, earlier: [first] });
  assert.ok(r.ok && r.result.kind === 'plan');
  for (const w of r.result.weeks.slice(1))
    assert.equal(w.change.reason.id, 'change.held-calf', `block 2 week ${w.number}`);
  assert.equal(r.result.summary.runsWait, 'calf-pain');
});

test('C50 applies to the calf muscle in the 4-5 band only: 3/10, or tendon pain, keep rule 7 as written', () => {
  const three = plan(base({ painNow: 3, painLocations: ['calf'] }));
  assert.ok(!flagIds(three).includes('flag.calf-pain-now'));
  assert.equal(three.summary.runsWait, null);
  assert.ok(flagIds(three).includes('flag.running-pain-monitoring'), 'runs go on under the pain rule');
  // Strides still come with a sore-free calf at 3/10 (the STRIDES runner's week 4).
  assert.ok(drillIds(plan({ ...STRIDES, painNow: 3, painLocations: ['calf'] })).has('strides'));
  assert.ok(!drillIds(plan({ ...STRIDES, painNow: 4, painLocations: ['calf'] })).has('strides'));
  // Pain 4 with no calf named: rule 7's note, no referral, no strip hold.
  const nowhere = plan(base({ painNow: 4 }));
  assert.ok(flagIds(nowhere).includes('flag.pain-acceptable'));
  assert.equal(nowhere.summary.runsWait, null);
  // A first session at pain 4-5 drops a set whatever the place, and no longer says "acceptable".
  const first = plan(base({ painNow: 5, painLocations: ['calf'] }))
    .weeks[0].sessions.flatMap((s) => s.notes)
    .find((n) => n.id === 'session.pain-today');
  assert.ok(first);
  assert.doesNotMatch(say(first), /acceptable/);
});
