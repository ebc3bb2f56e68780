// One test per #12 dosing convention (C30-C38), named by its id. Each fails if its convention leaves the engine.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type Baseline,
  createPlan,
  DRILL_CATALOG,
  loadText,
  type Plan,
  RULES,
  say,
  weekChecks,
  weekTitle,
} from '../../../src/domain/index.ts';
import { heelDays } from '../../../src/domain/prescribe/heel-days.ts';
import { addDays, daysBetween } from '../../../src/domain/prescribe/schedule.ts';
import { roundPauseSeconds } from '../../../src/domain/prescribe/session-length.ts';
import { drillSteps } from '../../../src/lib/session/session-steps.ts';
import { base, drillIds, drills, firstLoaded, fixture, loaded, plan, sessions, validBaseline } from './helpers.ts';

const drillIn = (p: Plan, week: number, id: string) => firstLoaded(p, week).drills.find((d) => d.drill === id);
const rungStep = (a: Plan['weeks'][number]['change']['amount']) =>
  a?.variable === 'load' && a.unit === 'repetition maximum';
const lastLoaded = (p: Plan, week: number) => p.weeks[week - 1].sessions.findLast((s) => s.kind === 'loaded');
/** Sets x reps (holds: seconds / 6) of one side, over the strength drills of one knee position in a week. */
const kneeVolume = (p: Plan, week: number, knee: 'straight' | 'bent', side: 'left' | 'right') =>
  p.weeks[week - 1].sessions
    .flatMap((s) => s.drills)
    .filter((d) => DRILL_CATALOG[d.drill].kind === 'strength' && DRILL_CATALOG[d.drill].knee === knee)
    .reduce((t, d) => t + d[side].sets * (d[side].reps ?? (d[side].seconds ?? 0) / 6), 0);

test('C30 no loaded session over 35 minutes, no activation over 10, across 10,000 generated baselines', () => {
  // 10,000 plans take a few seconds here, so the full count runs (fixed seed: the same baselines every run).
  let plans = 0;
  let total = 0;
  let count = 0;
  for (const b of fc.sample(validBaseline, { numRuns: 10_000, seed: 20251203 })) {
    const r = createPlan(b);
    if (!r.ok || r.result.kind !== 'plan') continue;
    plans++;
    for (const s of sessions(r.result)) {
      const cap = s.kind === 'loaded' ? 35 : s.kind === 'activation' ? 10 : 20;
      assert.ok(s.minutes <= cap, `${s.kind} session of ${s.minutes} min: ${JSON.stringify(b)}`);
      assert.ok(s.ruleIds.includes('C30'));
      if (s.kind === 'loaded') {
        total += s.minutes;
        count++;
      }
    }
  }
  // About 3,600 of the 10,000 get a plan since heel pain at rest refers (C51); the rest are referrals or field errors.
  assert.ok(plans > 3_500, `enough plans (${plans})`);
  // Aim about 30: the average loaded session stays near it (measured about 32).
  assert.ok(total / count <= 33, `average loaded session ${total / count} min`);
  // The worked examples: about 30 minutes (27-31 for example 1: its drops' rests are the fullest, see below).
  for (const s of loaded(plan(fixture('example-1-average-runner')))) assert.ok(s.minutes >= 25 && s.minutes <= 31);
  // The listed rest is each leg's: the other leg's set counts, and the player pauses just as the estimate counts.
  const raise = drillIn(plan(base()), 1, 'single-leg-heel-raise');
  assert.ok(raise);
  assert.equal(roundPauseSeconds(raise), 120 - 12 * 6);
  const rests = drillSteps(raise, 0).filter((s) => s.kind === 'rest');
  assert.deepEqual(
    rests.map((s) => s.duration),
    [48, 48],
  );
  // A drop rises on both feet: only the other leg's lowering rests this one (physio read: the "resting" leg rose with
  // it), so example 1's drops (3 x 13 left, 3 x 12 right, 3 s down) pause 120 - 12 x 3 = 84 s between rounds (the
  // shorter lowering counts), in the player too; counting the whole set as rest gave 120 - 12 x 6 = 48.
  const drop = drillIn(plan(fixture('example-1-average-runner')), 3, 'eccentric-drop-straight');
  assert.ok(drop);
  assert.ok(drop.tempo);
  assert.deepEqual(
    [drop.left.reps, drop.right.reps, drop.tempo.down, drop.tempo.pause, drop.restSeconds],
    [13, 12, 3, 0, 120],
  );
  assert.equal(roundPauseSeconds(drop), 84);
  assert.deepEqual(
    drillSteps(drop, 0)
      .filter((s) => s.kind === 'rest')
      .map((s) => s.duration),
    [84, 84],
  );
  assert.equal(RULES.find((r) => r.id === 'C30')?.evidence, 'convention');
});

test('C30 a full session grows by load, not by a slower tempo, and strides then wait', () => {
  // Big asymmetry, no kit: the tempo step fits, but the session is full after it.
  const p = plan(fixture('example-3-big-asymmetry'));
  for (const s of loaded(p)) assert.ok(s.minutes <= 35);
  const full = plan(
    base({
      straightKnee: { left: 60, right: 40 },
      bentKnee: { left: 60, right: 40 },
      equipment: ['band'],
      hopTest: null,
    }),
  );
  assert.ok(loaded(full).every((s) => s.minutes <= 35));
  assert.ok(!full.weeks.some((w) => w.change.variable === 'tempo'), 'a 3-2-3 tempo would take the session over 35');
});

test('C31 with weights the loaded seated raise is the bent-knee work; without, the standing bent-knee raise', () => {
  const w = plan(base({ equipment: ['weights'] }));
  assert.ok(drillIds(w).has('seated-soleus-raise'));
  assert.ok(!drillIds(w).has('bent-knee-heel-raise') && !drillIds(w).has('eccentric-drop-bent'));
  assert.ok(drillIn(w, 1, 'seated-soleus-raise')?.ruleIds.includes('C31'));
  const none = plan(base({ equipment: [] }));
  assert.ok(drillIds(none).has('bent-knee-heel-raise') && !drillIds(none).has('seated-soleus-raise'));
});

test('C32 week 2’s focus says the straight-knee work is holds while a tendon hurts, not raises in both knee positions', () => {
  const tendon = plan(base({ painNow: 4, painLocations: ['achilles-midportion'] }));
  const focus = say(tendon.weeks[1].focus);
  assert.match(focus, /^Strength: holds with the knee straight while your tendon hurts/);
  assert.ok(tendon.weeks[1].focus.ruleIds.includes('R12'));
  assert.ok(!tendon.weeks[1].sessions.some((s) => s.drills.some((d) => d.drill === 'single-leg-heel-raise')));
  assert.match(say(plan(base()).weeks[1].focus), /slow, controlled raises, up and down, in both knee positions/);
});

test('C32 after week 4 the plan speaks of standing raises only when the block had them (not under rule 12’s holds)', () => {
  const weights = { equipment: ['step', 'weights'] as Baseline['equipment'], straightKnee: { left: 20, right: 20 } };
  const tendon = plan(base({ ...weights, painNow: 4, painLocations: ['achilles-midportion'] }));
  assert.ok(!drills(tendon).some((d) => d.drill === 'single-leg-heel-raise'), 'holds stand in for the standing raise');
  assert.equal(tendon.summary.keepGoing.standingLater, false);
  assert.equal(plan(base(weights)).summary.keepGoing.standingLater, true);
});

test('R12 "not promised to relieve pain" is said once a session, and only where a tendon hurts or has hurt', () => {
  const count = (p: Plan) =>
    loaded(p).map((s) => s.drills.flatMap((d) => d.notes).filter((n) => n.id === 'drill.holds-tolerable').length);
  // A pain-free beginner on two legs with a weaker right side: two-leg holds and a lone one-leg hold, no such note.
  const beginner = plan(base({ straightKnee: { left: 14, right: 11 }, bentKnee: { left: 12, right: 10 } }));
  assert.ok(drills(beginner).some((d) => d.drill === 'isometric-hold-double'));
  assert.ok(count(beginner).every((n) => n === 0));
  // The same with Achilles pain in the history: once a session, on the two-leg holds, not again on the lone hold.
  const tendon = plan(
    base({
      straightKnee: { left: 14, right: 11 },
      bentKnee: { left: 12, right: 10 },
      history: { ...base().history, achillesTendinopathy: true, achillesPart: 'midportion' },
    }),
  );
  assert.ok(count(tendon).every((n) => n === 1));
});

test('C32 holds: 5 x 45 s with tendon pain 3-5, the 3 x 30 s start for raises on both legs, otherwise none', () => {
  assert.ok(![...drillIds(plan(base()))].some((id) => id.startsWith('isometric-hold')));
  const sore = plan(base({ painNow: 4, painLocations: ['achilles-midportion'] }));
  const h = drillIn(sore, 2, 'isometric-hold-single');
  assert.deepEqual([h?.left.sets, h?.left.seconds, h?.restSeconds], [5, 45, 120]);
  assert.ok(h?.ruleIds.includes('R12') && h.ruleIds.includes('C32'));
  // With tendon pain the holds are the straight-knee work, in place of the straight-knee raise.
  assert.ok(!drillIds(sore).has('single-leg-heel-raise'));
  const beginner = plan(fixture('example-2-total-beginner'));
  const d = drillIn(beginner, 1, 'isometric-hold-double');
  // 8/9 is under 90%: the weaker left side's third hold is its lone one-leg hold, so the two-leg holds are 2 (C37,
  // physio read: as an extra fourth hold it made a "35 minute" session take 37 as lived).
  assert.deepEqual([d?.left.sets, d?.left.seconds], [2, 30]);
  assert.ok(d?.ruleIds.includes('C32') && d.ruleIds.includes('C37'));
  const lone = drillIn(beginner, 1, 'isometric-hold-single');
  assert.deepEqual([lone?.left.sets, lone?.right.sets, lone?.left.seconds], [1, 0, 30]);
  // Sides alike: the start's 3 x 30 s, no lone hold.
  const even = plan(base({ straightKnee: { left: 10, right: 10 }, bentKnee: { left: 10, right: 10 } }));
  assert.deepEqual([drillIn(even, 1, 'isometric-hold-double')?.left.sets], [3]);
  assert.ok(!drillIds(even).has('isometric-hold-single'));
  // Tendon pain 2 is not rule 12's 3-5.
  assert.ok(!drillIds(plan(base({ painNow: 2, painLocations: ['achilles-midportion'] }))).has('isometric-hold-single'));
});

test('C33 week 1 sets end with 2-3 reps in reserve, and the plan says why', () => {
  const p = plan(base());
  const note = p.weeks[0].notes.find((n) => n.id === 'week.reps-in-reserve');
  assert.ok(note && note.id === 'week.reps-in-reserve');
  assert.deepEqual([note.min, note.max], [2, 3]);
  assert.ok(note.ruleIds.includes('C33'));
  assert.match(say(note), /stop every set at the reps listed, or sooner while 2-3 more are still in you/);
  assert.match(say(note), /learning each drill and seeing how your calves feel the next morning/);
  // How to find the weight, and what that costs in time (physiotherapist's read: nothing said how, and trial sets made
  // the first session about 5 min longer than stated).
  assert.match(
    say(note),
    /pick one that leaves 2-3 more: your first set tells you, so the first session takes a few minutes longer\)/,
  );
  assert.ok(p.weeks.slice(1).every((w) => !w.notes.some((n) => n.id === 'week.reps-in-reserve')));
});

test('C33 week 1 gives a weight that leaves 2-3 reps in reserve, not the RM beside a note that says otherwise', () => {
  // Physio read: a seated "15RM" weight beside "stop every set at the reps listed, or sooner while 2-3 more are still in you" said two things.
  const p = plan(base({ equipment: ['weights'] }));
  const seatedIn = (week: number) => drillIn(p, week, 'seated-soleus-raise');
  const w1 = seatedIn(1);
  assert.ok(w1?.load);
  assert.match(loadText(w1.load), /could lift about 17-18 times \(2-3 more than the set\)\.$/);
  assert.doesNotMatch(loadText(w1.load), /could lift about 15 times/); // the RM is named only as the weight it moves on to
  // A backpack's reserve says it right after its count, not after "body weight alone" (physiotherapist's read).
  const pack = { ...w1.load, on: 'body' as const };
  assert.match(
    loadText(pack),
    /could do about 17-18 reps \(2-3 more than the set\), or use body weight alone if that is already heavy enough\.$/,
  );
  // Week 2's one change is tempo (rule 11): the weight stays as it was (physiotherapist's read: it moved to the 15RM
  // on top of the week's named change).
  assert.equal(p.weeks[1].change.variable, 'tempo');
  const w2 = seatedIn(2);
  assert.ok(w2?.load);
  assert.match(loadText(w2.load), /could lift about 17-18 times/);
  // The first week whose one change is load takes the weight to its 15RM, and says so.
  const q = plan(base({ equipment: ['weights'], hopTest: null }));
  const n = q.weeks.findIndex((w) => w.change.variable === 'load');
  assert.ok(n > 0);
  for (const [i, w] of q.weeks.entries()) {
    const d = drillIn(q, w.number, 'seated-soleus-raise');
    assert.ok(d?.load);
    assert.match(loadText(d.load), i < n ? /could lift about 17-18 times/ : /could lift about 15 times\.$/);
  }
  assert.match(say(q.weeks[n].change.reason), /Until now each set ended with 2-3 reps still in you/);
  // A week held on week 1's dose keeps its weight (C53: hopping that hurt the calf muscle 3-5/10 holds all four weeks;
  // over 5, C22, the weight waits for a clinician instead).
  const held = plan(base({ equipment: ['weights'], hopTest: { left: 20, right: 20, pain: 4, where: ['calf'] } }));
  assert.equal(held.weeks[3].change.variable, null, 'the block is held');
  for (const w of held.weeks) {
    const d = drillIn(held, w.number, 'seated-soleus-raise');
    assert.ok(d?.load?.kind === 'repetition-maximum');
    assert.deepEqual(d.load.reserve, { min: 2, max: 3 }, `week ${w.number} keeps week 1's weight`);
  }
});

test('C33 a later block leaves reps in reserve only with a weight that is new: a kept 12RM is not found afresh', () => {
  // Physio read's three blocks: in block 3 the drop moves to a repetition-maximum weight (the standing rung is new),
  // while the seated 12RM is the one block 2 ended on; it was told to be found afresh, 2-3 reps lighter.
  const b1 = base({
    age: 34,
    straightKnee: { left: 26, right: 25 },
    bentKnee: { left: 22, right: 21 },
    equipment: ['step', 'weights'],
    hopTest: { left: 32, right: 31, pain: 0 },
  });
  const b2 = {
    ...b1,
    straightKnee: { left: 33, right: 32 },
    bentKnee: { left: 28, right: 27 },
    startDate: addDays(b1.startDate, 28),
  };
  const b3 = {
    ...b2,
    straightKnee: { left: 34, right: 32 },
    bentKnee: { left: 28, right: 28 },
    startDate: addDays(b2.startDate, 28),
  };
  const blockOf = (b: Baseline, earlier: Baseline[]) => {
    const r = createPlan(b, { log: { version: 1, entries: [] }, today: b.startDate, earlier });
    assert.ok(r.ok && r.result.kind === 'plan');
    return r.result;
  };
  const rmOf = (p: Plan, week: number, id: string) => {
    const d = firstLoaded(p, week).drills.find((x) => x.drill === id);
    return d?.load?.kind === 'repetition-maximum' ? d.load : null;
  };
  const before = rmOf(blockOf(b2, [b1]), 4, 'seated-soleus-raise');
  const third = blockOf(b3, [b1, b2]);
  const seated = rmOf(third, 1, 'seated-soleus-raise');
  assert.ok(
    before && seated && seated.reps === before.reps && seated.steps === before.steps,
    'the seated weight is kept',
  );
  assert.equal(seated.reserve, undefined);
  // ...and the week's reserve note says the kept weight is done as before (physiotherapist's read: "stop every set with
  // 2-3 reps still in you" beside a kept 12RM).
  const reserveNote = third.weeks[0].notes.find((n) => n.id === 'week.reps-in-reserve');
  assert.ok(reserveNote);
  assert.match(
    say(reserveNote),
    /A weight kept from your last block is the exception: it stays as it was, and with it you do the reps listed, as you did then\./,
  );
  const first = blockOf(b1, []).weeks[0].notes.find((n) => n.id === 'week.reps-in-reserve');
  assert.ok(first && !/kept from your last block/.test(say(first)), 'a first block keeps nothing');
  // The drop's weight is new: it is found with 2-3 raises in reserve too (physio read: "about 15 single-leg raises with
  // it should be all you can do" in a week that asks for reps in reserve).
  const drop = firstLoaded(third, 1).drills.find((x) => x.drill === 'eccentric-drop-straight');
  assert.deepEqual(drop?.load?.kind === 'repetition-maximum' && drop.load.reserve, { min: 2, max: 3 });
  const how = drop?.notes.find((n) => n.id === 'drill.drop-how');
  assert.ok(how);
  // Judged short of the limit, not found by a set to failure before the drops (physiotherapist's read).
  assert.match(
    say(how),
    /stop well short of your limit; it is right if about 17-18 in a row would be the most you could do/,
  );
  assert.doesNotMatch(say(how), /all you can do/);
  // A retest that fell starts the block afresh (C42): its weights are found again, so they leave reps in reserve.
  const fell = { ...b2, straightKnee: { left: 18, right: 17 }, bentKnee: { left: 15, right: 15 } };
  assert.deepEqual(rmOf(blockOf(fell, [b1]), 1, 'seated-soleus-raise')?.reserve, { min: 2, max: 3 });
});

test('C33 a later block keeps the reps in reserve in its week 1, without calling it a week for learning the drills', () => {
  const b1 = base({ equipment: ['step', 'weights'] });
  const r = createPlan(
    { ...b1, startDate: '2025-03-31' },
    { log: { version: 1, entries: [] }, today: '2025-03-31', earlier: [b1] },
  );
  assert.ok(r.ok && r.result.kind === 'plan');
  const note = r.result.weeks[0].notes.find((n) => n.id === 'week.reps-in-reserve');
  assert.ok(note);
  assert.match(
    say(note),
    /^This first week of the block, stop every set at the reps listed, or sooner while 2-3 more are still in you/,
  );
  assert.doesNotMatch(say(note), /learning each drill/);
});

test('R15 a runner who does not run is not told how to raise running', () => {
  const ids = (b: Parameters<typeof plan>[0]) => plan(b).weeks.flatMap((w) => w.notes.map((n) => n.id));
  assert.ok(ids(base()).includes('week.running-increase'), 'a runner is');
  assert.ok(!ids(base({ runDays: [], hardDays: [], longRunDay: null })).includes('week.running-increase'));
});

test('C34 strong runners with weights climb the heavy-slow ladder (15RM, then 12RM), not body-weight reps', () => {
  const strong = { straightKnee: { left: 32, right: 31 }, equipment: ['weights' as const], hopTest: null };
  const p = plan(base(strong));
  const r1 = drillIn(p, 1, 'single-leg-heel-raise');
  assert.deepEqual(r1?.load, {
    kind: 'repetition-maximum',
    reps: 15,
    percent: { min: 2, max: 10 },
    steps: 0,
    on: 'body',
    reserve: { min: 2, max: 3 }, // C33: week 1 leaves 2-3 reps in reserve
  });
  assert.deepEqual([r1?.left.sets, r1?.left.reps], [3, 15]);
  assert.ok(r1?.ruleIds.includes('C34'));
  const step = p.weeks.find((w) => rungStep(w.change.amount));
  assert.ok(step, 'the load step moves down the ladder');
  assert.deepEqual([step.change.amount?.before, step.change.amount?.after], [15, 12]);
  assert.match(say(step.change.reason), /More weight, not more reps/);
  const after = firstLoaded(p, step.number).drills.find((d) => DRILL_CATALOG[d.drill].knee === 'straight');
  assert.deepEqual(
    [after?.left.sets, after?.left.reps, after?.load?.kind === 'repetition-maximum' && after.load.reps],
    [3, 12, 12],
  );
  assert.ok(!p.weeks.some((w) => w.change.variable === 'reps'), 'no body-weight reps added');
  // A runner with a standing calf machine is told to load it there, not to find a backpack heavy enough for 15RM
  // (physiotherapist's read: about 25-35 kg for a strong runner).
  const machine = drillIn(
    plan(base({ ...strong, equipment: ['weights', 'calf-machine'] })),
    1,
    'single-leg-heel-raise',
  );
  assert.ok(machine?.load?.kind === 'repetition-maximum' && machine.load.on === 'machine');
  assert.match(loadText(machine.load), /standing calf machine/);
  // Its drop too: below the machine's platform, holding its handles, not "the step" and "a rail" (physiotherapist's
  // read: the drop's how-to sat under "On a standing calf machine" and named neither).
  const onMachine = plan(base({ ...strong, equipment: ['step', 'calf-machine'] }));
  const drops = onMachine.weeks.flatMap((w) =>
    w.sessions.flatMap((s) => s.drills.filter((d) => d.drill === 'eccentric-drop-straight')),
  );
  assert.ok(drops.length > 0, 'a strong runner with a step reaches drops');
  for (const d of drops) {
    assert.ok(d.load?.kind === 'repetition-maximum' && d.load.on === 'machine');
    const how = d.notes.find((n) => n.id === 'drill.drop-how');
    assert.ok(how);
    assert.match(say(how), /below the machine's platform; hold its handles\./);
    assert.doesNotMatch(say(how), /rail|the step/);
  }
  // Not Rathleff's heel raise (C38), whose short days are done at home: it keeps the backpack (review).
  const plantar = plan(
    base({ ...strong, equipment: ['weights', 'calf-machine'], history: { ...base().history, plantarHeelPain: true } }),
  );
  const heel = drillIn(plantar, 1, 'high-load-heel-raise');
  assert.ok(heel?.load?.kind === 'repetition-maximum' && heel.load.on === 'body');
  // The machine alone carries the ladder too: a strong runner without weights at home is not sent back to reps.
  const only = drillIn(plan(base({ ...strong, equipment: ['calf-machine'] })), 1, 'single-leg-heel-raise');
  assert.deepEqual(only?.load?.kind === 'repetition-maximum' && [only.load.on, only.load.reps], ['machine', 15]);
  // Without weights, or under 30 on a side, reps come from the count as before.
  assert.equal(drillIn(plan(base({ ...strong, equipment: [] })), 1, 'single-leg-heel-raise')?.load, null);
  assert.equal(
    drillIn(plan(base({ ...strong, straightKnee: { left: 32, right: 29 } })), 1, 'single-leg-heel-raise')?.load,
    null,
  );
});

test('C35 pain 4-5 at the test: the first session drops a set and adds nothing new, and says so', () => {
  // Tendon pain, the pain model's own (the calf muscle refers at 4/10 at rest, C50, and so does the heel, C51).
  const p = plan(base({ painNow: 4, painLocations: ['achilles-midportion'] }));
  const [first, second] = loaded(p);
  const strength = (s: typeof first) =>
    s.drills.filter((d) => DRILL_CATALOG[d.drill].kind === 'strength' && !d.drill.startsWith('isometric-hold'));
  assert.ok(strength(first).length >= 1, 'a raise to cut');
  for (const [a, b] of strength(first).map((d, i) => [d, strength(second)[i]] as const)) {
    assert.equal(a.drill, b.drill, 'the same drills: nothing new');
    assert.equal(a.left.sets, Math.max(1, b.left.sets - 1));
    assert.equal(a.left.reps, b.left.reps);
    assert.ok(a.ruleIds.includes('C35'));
  }
  const note = first.notes.find((n) => n.id === 'session.pain-today');
  assert.ok(note?.ruleIds.includes('C35'));
  assert.match(say(note!), /4\/10 .* one set fewer of each calf drill and nothing new/);
  // Physio read: a runner whose usual day is a 4-5 day never takes a load step; the note says so.
  assert.match(say(note!), /if most days are, nothing gets harder, which is right for now, and your retest decides/);
  // Rule 12's holds are the load meant for pain of 3-5: on a tendon-pain day they keep their sets (physio review).
  // (Since C50 and C51 every place but the tendon refers at 4/10 at rest, so a plan for 4-5 always has these holds.)
  const tendon = loaded(p);
  const hold = (s: (typeof tendon)[number]) => s.drills.find((d) => d.drill.startsWith('isometric-hold'));
  assert.ok(hold(tendon[0]) && hold(tendon[1]), 'tendon pain 4 brings the holds');
  assert.deepEqual(
    [hold(tendon[0])?.left.sets, hold(tendon[0])?.right.sets],
    [hold(tendon[1])?.left.sets, hold(tendon[1])?.right.sets],
  );
  assert.ok(!hold(tendon[0])?.ruleIds.includes('C35'));
  assert.match(say(tendon[0].notes.find((n) => n.id === 'session.pain-today')!), /holds keep their sets/);
  assert.ok(!second.notes.some((n) => n.id === 'session.pain-today'));
  assert.equal(p.weeks[0].change.variable, null);
  // Every session's pain check says what to do on a 4-5 day: the session already cut is done as it stands, not cut
  // twice; the others take a set off the kinds they have, and name no heel drop when they have none (physio read).
  assert.match(say(first.readiness[0]), /4-5 in the Achilles, as it stands \(it already has a set off\), nothing new/);
  assert.match(say(second.readiness[0]), /4-5 in the Achilles, one set off each raise, nothing new/);
  // The week's check, said once, cuts a set on the other days and names the first one as already cut (physio read:
  // "one set off each raise" beside an already cut Monday read as a second cut).
  const weekCheck = weekChecks(p.weeks[0]).find((c) => c.id === 'check.pain-now');
  assert.ok(weekCheck);
  assert.match(
    say(weekCheck),
    /4-5 in the Achilles, one set off each raise \(the week’s first loaded session has it off already\), nothing new/,
  );
  // Weeks with no session cut for the test's pain say the plain cut.
  const week2 = weekChecks(p.weeks[1]).find((c) => c.id === 'check.pain-now');
  assert.ok(week2);
  assert.match(say(week2), /4-5 in the Achilles, one set off each raise, nothing new/);
  assert.ok(!second.drills.some((d) => d.drill.startsWith('eccentric-drop')), 'a plan with no heel drop');
  assert.ok(
    !loaded(plan(base({ painNow: 3, painLocations: ['calf'] }))).some((s) =>
      s.notes.some((n) => n.id === 'session.pain-today'),
    ),
  );
});

test('C36 strides and single-leg hops never begin in the same week', () => {
  const ex1 = plan(fixture('example-1-average-runner'));
  assert.ok(ex1.weeks[3].sessions.some((s) => s.drills.some((d) => d.drill === 'single-leg-hops')));
  assert.ok(!drillIds(ex1).has('strides'));
  assert.ok(ex1.weeks[3].focus.ruleIds.includes('C36'));
  assert.match(
    say(ex1.weeks[3].focus),
    /a new kind of hop begins this week, and the Achilles takes on only one new kind of work a week, so strides wait/,
  );
  const firstWeek = (p: Plan, f: (id: string) => boolean) =>
    p.weeks.find((w) => w.sessions.some((s) => s.drills.some((d) => f(d.drill))))?.number ?? null;
  for (const b of fc.sample(validBaseline, { numRuns: 2_000, seed: 36 })) {
    const r = createPlan(b);
    if (!r.ok || r.result.kind !== 'plan') continue;
    const strides = firstWeek(r.result, (id) => id === 'strides');
    if (strides === null) continue;
    assert.notEqual(
      strides,
      firstWeek(r.result, (id) => id === 'single-leg-hops'),
    );
    assert.notEqual(
      strides,
      firstWeek(r.result, (id) => DRILL_CATALOG[id as keyof typeof DRILL_CATALOG].kind === 'plyometric'),
    );
  }
});

test('C37 under 90% the stronger side keeps a maintenance dose: its weekly volume never passes the weaker side', () => {
  const p = plan(fixture('example-3-big-asymmetry'));
  for (let w = 1; w <= 4; w++) {
    assert.ok(kneeVolume(p, w, 'straight', 'right') >= kneeVolume(p, w, 'straight', 'left'), `straight week ${w}`);
    assert.ok(kneeVolume(p, w, 'bent', 'right') >= kneeVolume(p, w, 'bent', 'left'), `bent week ${w}`);
    assert.ok(p.weeks[w - 1].volume.loadIndex.right >= p.weeks[w - 1].volume.loadIndex.left);
  }
  const raise = drillIn(p, 1, 'single-leg-heel-raise');
  // 28/18: the weaker right does 4 x 9 = 36; the stronger left would do 3 x 14 = 42, and is capped at 3 x 12.
  assert.deepEqual([raise?.right.sets, raise?.right.reps, raise?.left.sets, raise?.left.reps], [4, 9, 3, 12]);
  assert.ok(raise?.ruleIds.includes('C37'));
  // Said once, in week 1: it holds for the whole block.
  // Raises on both legs are the same for both sides: no maintenance dose to speak of (physio read, age 13).
  const twoLegs = plan(base({ age: 13, straightKnee: { left: 16, right: 12 }, bentKnee: { left: 14, right: 11 } }));
  const oneLeg = drills(twoLegs).filter((d) => DRILL_CATALOG[d.drill].kind === 'strength' && d.stance === 'single');
  assert.ok(
    oneLeg.every((d) => d.left.sets === 0 || d.right.sets === 0),
    'strength work on both legs but a lone hold',
  );
  assert.ok(!twoLegs.weeks[0].notes.some((n) => n.id === 'week.stronger-maintains'));
  const note = p.weeks[0].notes.find((n) => n.id === 'week.stronger-maintains');
  assert.ok(p.weeks.slice(1).every((w) => !w.notes.some((n) => n.id === 'week.stronger-maintains')));
  assert.match(say(note!), /stronger left side does a maintenance dose.* until a retest shows the sides within 10%/);
  // Within 10%, no cap and no note.
  const even = plan(base());
  assert.ok(!even.weeks[0].notes.some((n) => n.id === 'week.stronger-maintains'));
});

test('C38 plantar heel pain: the high-load heel raise, 12RM x 3 then 10RM x 4, every second day', () => {
  const p = plan(base({ history: { ...base().history, plantarHeelPain: true }, hopTest: null, equipment: [] }));
  const r1 = drillIn(p, 1, 'high-load-heel-raise');
  assert.deepEqual(r1?.tempo, { up: 3, pause: 2, down: 3 });
  assert.deepEqual(
    [r1?.left.sets, r1?.left.reps, r1?.load?.kind === 'repetition-maximum' && r1.load.reps],
    [3, 12, 12],
  );
  assert.ok(!drillIds(p).has('single-leg-heel-raise'));
  assert.match(say(r1!.notes[0]), /Roll a towel and put it under your toes/);
  // Physio read: "add a backpack once you could do more reps than the set asks" stood beside week 1's backpack that
  // leaves 2-3 reps in reserve, which by design is more than the set asks. The load line alone says how heavy.
  assert.doesNotMatch(say(r1!.notes[0]), /more reps than the set asks/);
  assert.match(loadText(r1!.load!), /about 14-15 reps/);
  // Week 1's backpack leaves 2-3 reps in reserve (C33); the first load week takes it to the 12RM, one change, and
  // the next moves down the ladder (physiotherapist's read: both at once was a jump from "14-15 times" to 10RM x 4).
  assert.deepEqual(p.weeks[2].change.amount, { variable: 'load', before: 3, after: 0, unit: 'reps in reserve' });
  const r3 = drillIn(p, 3, 'high-load-heel-raise');
  assert.deepEqual(
    [r3?.left.sets, r3?.left.reps, r3?.load?.kind === 'repetition-maximum' && r3.load.reserve],
    [3, 12, undefined],
  );
  assert.ok(rungStep(p.weeks[3].change.amount));
  const r4 = drillIn(p, 4, 'high-load-heel-raise');
  assert.deepEqual([r4?.left.sets, r4?.left.reps], [4, 10]);
  assert.match(say(p.weeks[3].change.reason), /about 12 times to about 10 times, in 4 sets/);
  // 8RM only beyond the block.
  assert.ok(drills(p).every((d) => d.drill !== 'high-load-heel-raise' || (d.left.reps ?? 0) >= 10));
  // Every second day: days with the raise are 2 or 3 days apart, never 1, across the block.
  const days = sessions(p)
    .filter((s) => s.drills.some((d) => d.drill === 'high-load-heel-raise'))
    .map((s) => s.date);
  for (let i = 1; i < days.length; i++) assert.ok([2, 3].includes(daysBetween(days[i - 1], days[i])), days.join());
  const short = sessions(p).filter((s) => s.kind === 'heel-raise');
  assert.ok(short.length >= 4, 'short heel-raise days between the loaded sessions');
  assert.ok(short.every((s) => s.minutes <= 20 && s.drills.length === 2 && s.ruleIds.includes('C38')));
  assert.ok(p.weeks[0].notes.some((n) => n.id === 'week.heel-raise-days'));
  // Heel pain today works the same way; without heel pain, no heel raise.
  assert.ok(drillIds(plan(base({ painLocations: ['plantar-heel'], painNow: 2 }))).has('high-load-heel-raise'));
  assert.ok(!drillIds(plan(base())).has('high-load-heel-raise'));
  // A short day that clashes with the runner's week moves one day later while the spacing still holds.
  assert.deepEqual(heelDays([0]), [2, 4]);
  assert.deepEqual(
    heelDays([0], (o) => o === 2),
    [3, 5],
  );
  assert.deepEqual(
    heelDays([0, 4], (o) => o === 2),
    [2],
    'moving to day 3 would leave one day before the next raise',
  );
  // Three sessions a week already come every second day: no extra days.
  const three = plan(base({ history: { ...base().history, plantarHeelPain: true }, sessionsPerWeek: 3 }));
  assert.equal(sessions(three).filter((s) => s.kind === 'heel-raise').length, 0);
  // ...and then week 1's note does not speak of short heel-raise days (physiotherapist's read of a Mon/Wed/Fri plan).
  assert.ok(!three.weeks[0].notes.some((n) => n.id === 'week.heel-raise-days'));
  assert.equal(lastLoaded(three, 1)?.kind, 'loaded');
});

test('C37 a reps week adds one rep per set on the stronger side too, as its sentence says, never more than the weaker', () => {
  // Physio read: left (stronger) 3 x 10 went to 3 x 12 in week 3 while the weaker right went from 4 x 8 to 4 x 9.
  // A gap this wide waits for a clinician's check from week 3 (C54): this runner has had it.
  const p = plan(
    base({
      straightKnee: { left: 30, right: 16 },
      bentKnee: { left: 25, right: 14 },
      history: { ...base().history, gapChecked: true },
    }),
  );
  const week = p.weeks.findIndex((w) => w.change.variable === 'reps') + 1;
  assert.ok(week > 1, 'a reps week');
  assert.match(say(p.weeks[week - 1].change.reason), /^One more rep per set/);
  const main = (w: number) =>
    firstLoaded(p, w).drills.find((d) => d.drill === 'single-leg-heel-raise' || d.drill === 'eccentric-drop-straight');
  const [before, after] = [main(week - 1), main(week)];
  assert.ok(before && after);
  for (const side of ['left', 'right'] as const)
    assert.equal((after[side].reps ?? 0) - (before[side].reps ?? 0), 1, `${side}: one more rep per set`);
});

test('C38 with heel-bone pain the towel lifts the toes alone (rule 17), and hopping pain over 5 leaves the loaded raise out', () => {
  // Physiotherapist's read: "towel under your toes" sat beside the seated raise's "nothing under the balls of the feet".
  const heel = plan(base({ painNow: 2, painLocations: ['achilles-insertion', 'plantar-heel'] }));
  const raiseIn = (p: Plan) => drillIn(p, 1, 'high-load-heel-raise');
  const how = raiseIn(heel)?.notes.find((n) => n.id === 'drill.heel-raise-how');
  assert.ok(how);
  assert.match(say(how), /under your toes alone, so they bend up while the ball of the foot stays on the floor/);
  assert.ok(how.ruleIds.includes('R17'));
  const plantarOnly = raiseIn(plan(base({ painNow: 2, painLocations: ['plantar-heel'] })));
  assert.doesNotMatch(say(plantarOnly?.notes.find((n) => n.id === 'drill.heel-raise-how') ?? how), /alone/);
  // C22: its backpack waits for the clinician's check of hopping pain over 5, as every other weight does.
  const hop = plan(
    base({
      history: { ...base().history, plantarHeelPain: true },
      hopTest: { left: 30, right: 30, pain: 8, where: ['achilles-midportion'] },
    }),
  );
  assert.equal(raiseIn(hop), undefined);
  assert.ok(hop.weeks.every((w) => w.sessions.every((s) => s.drills.every((d) => !d.load))));
});

test('C38 without a backpack or weights ticked, the heel raise says body weight first, and its load week says so', () => {
  // Physiotherapist's read (session 45): a runner who ticked no backpack or weights was told "Wear a backpack …" on
  // every heel raise, and in week 3 "Your weights go up to their full dose".
  const heel = (p: ReturnType<typeof plan>, week: number) =>
    firstLoaded(p, week).drills.find((d) => d.drill === 'high-load-heel-raise');
  const none = plan(base({ history: { ...base().history, plantarHeelPain: true }, equipment: ['step'] }));
  const first = heel(none, 1);
  assert.ok(first?.load);
  assert.match(loadText(first.load), /^Body weight alone while you could do no more than about 14-15 reps/);
  // At the next retest, not now: ticked mid-block, the plan would rebuild around a seated raise at its full dose.
  assert.match(loadText(first.load), /tick “Backpack or weights” at your next retest/);
  const week = none.weeks.find((w) => w.change.reason.id === 'change.load');
  assert.ok(week);
  assert.match(say(week.change.reason), /^Your heel raise goes up to its full dose\./);
  assert.doesNotMatch(say(week.change.reason), /weights/);
  // With a backpack or weights ticked, the words stay as they were.
  const kit = plan(base({ history: { ...base().history, plantarHeelPain: true }, equipment: ['step', 'weights'] }));
  const loaded1 = heel(kit, 1);
  assert.ok(loaded1?.load);
  assert.match(loadText(loaded1.load), /^Wear a backpack \(or hold a dumbbell in your free hand\)/);
  // Its week 2 can take neither drops nor the pause (C38's raise), so it repeats week 1: titled so, not by a phase
  // (second physiotherapist's read: "Week 2: Strength and eccentric" above "Change: none").
  assert.equal(kit.weeks[1].change.reason.id, 'change.none');
  assert.equal(weekTitle(kit.weeks[1]), 'Week 2: Same dose');
});
