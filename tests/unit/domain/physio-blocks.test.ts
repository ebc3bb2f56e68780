// The physiotherapist's review of blocks 2-4 (issue 14), findings 8-11 and two doubts: ladders that climb what the
// text promises (heavy-slow work at 3-0-3, the rung before the tempo, a hop set or the strides make room, the seated
// raise climbs too), a beginner block that moves (C32) or says at the top that it cannot, strides only after a
// pain-free hop test and kept across blocks, the load index of a week the log cut, the bone-stress caveat with hop
// pain over 5, and the under-16 convention (C44).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type Baseline,
  createPlan,
  keepGoingText,
  type Plan,
  type PrescribedDrill,
  RULES,
  say,
} from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { drillsIndex } from '../../../src/domain/prescribe/dosing.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { base, drillIds, drills, fixture, plan, RUNS_ON_CALF_DAYS, STRIDES, validBaseline } from './helpers.ts';

const retest = (from: Baseline, more: Partial<Baseline> = {}): Baseline => ({
  ...from,
  startDate: addDays(from.startDate, 28),
  ...more,
});
function blocks(first: Baseline, n: number, step = 2): { tests: Baseline[]; plans: Plan[] } {
  const tests = [first];
  for (let i = 1; i < n; i++) {
    const t = tests[i - 1];
    const up = (k: { left: number; right: number }) => ({ left: k.left + step, right: k.right + step });
    tests.push(retest(t, { straightKnee: up(t.straightKnee), bentKnee: t.bentKnee && up(t.bentKnee) }));
  }
  const plans = tests.map((t, i) => {
    const r = createPlan(t, { log: { version: 1, entries: [] }, today: t.startDate, earlier: tests.slice(0, i) });
    assert.ok(r.ok && r.result.kind === 'plan');
    return r.result as Plan;
  });
  return { tests, plans };
}
const lastLoaded = (p: Plan, week: number) => {
  const l = p.weeks[week - 1].sessions.filter((s) => s.kind === 'loaded');
  return l[l.length - 1];
};
const find = (p: Plan, week: number, id: string) => lastLoaded(p, week).drills.find((d) => d.drill === id);
/** The repetition maximum a drill is dosed by, or null. */
const rmOf = (d: PrescribedDrill | undefined) => (d?.load?.kind === 'repetition-maximum' ? d.load.reps : null);
const strong: Baseline = {
  ...fixture('example-1-average-runner'),
  straightKnee: { left: 34, right: 33 },
  bentKnee: { left: 30, right: 29 },
};
/** The strong runner without a step (no drops, whose rises on both feet lengthen the rest between rounds) and with runs
 * on its calf days (so strides are in the session, C16): the heavier rung's fourth set has to take a hop set's place. */
const strongFlat: Baseline = { ...strong, equipment: ['weights'], ...RUNS_ON_CALF_DAYS };
const plantar: Baseline = base({
  straightKnee: { left: 26, right: 21 },
  bentKnee: { left: 22, right: 20 },
  history: { ...base().history, plantarHeelPain: true },
});

test('C41 heavy-slow work stays at 3 s up, 3 s down in every block; the rung comes before the tempo', () => {
  const { plans } = blocks(strong, 4);
  for (const p of plans)
    for (const d of drills(p))
      if (d.load?.kind === 'repetition-maximum' && d.drill !== 'high-load-heel-raise')
        assert.deepEqual(d.tempo, { up: 3, pause: 0, down: 3 }, `${d.drill} in block ${p.block.number}`);
  // A runner whose body-weight raise takes the 2 s pause keeps the seated raise (heavy-slow) at 3-0-3 beside it.
  const mixed = blocks(
    base({ straightKnee: { left: 19, right: 21 }, bentKnee: { left: 18, right: 20 }, equipment: ['weights'] }),
    2,
  );
  const all = mixed.plans.flatMap(drills);
  assert.ok(
    all.some((d) => d.load?.kind !== 'repetition-maximum' && d.tempo?.pause === 2),
    'the case has a pause',
  );
  for (const d of all)
    if (d.load?.kind === 'repetition-maximum') assert.deepEqual(d.tempo, { up: 3, pause: 0, down: 3 }, d.drill);
  // No later block spends a week on a tempo change that changes nothing but the pause.
  for (const p of plans.slice(1)) assert.ok(p.weeks.every((w) => w.change.variable !== 'tempo'));
  // Blocks 2-4 climb: 15 -> 12, 12 -> 10, 10 -> 8 on the standing raise (was stuck at 12 from block 2 on).
  const rm = (p: Plan, w: number) => rmOf(find(p, w, 'eccentric-drop-straight') ?? find(p, w, 'single-leg-heel-raise'));
  assert.deepEqual(
    plans.slice(1).map((p) => [rm(p, 1), rm(p, 4)]),
    [
      [15, 12],
      [12, 10],
      [10, 8],
    ],
  );
});

test('C41 the seated raise climbs the heavy-slow ladder too, one rung a block, with its sets', () => {
  const { plans } = blocks(strong, 4);
  const seated = (p: Plan, w: number) => find(p, w, 'seated-soleus-raise');
  assert.equal(rmOf(seated(plans[0], 4)), 15, 'a first block keeps the 15RM and its 2-10% steps');
  assert.deepEqual(
    plans.slice(1).map((p) => rmOf(seated(p, 4))),
    [12, 10, 8],
  );
  assert.equal(seated(plans[2], 4)?.left.sets, 4, '4\u00a0×\u00a010RM, as rule 11 has it');
  const week = plans[1].weeks.find(
    (w) => w.change.reason.id === 'change.rung' && /seated raise/.test(say(w.change.reason)),
  );
  assert.ok(week, 'the seated rung is a week of its own');
  assert.equal(week.change.variable, 'load');
  assert.ok(week.change.ruleIds.includes('C41'));
});

test('C30 a rung whose extra set does not fit takes a hop set (or the strides) first, and no session runs over 35 min', () => {
  for (const p of blocks(strong, 4).plans)
    for (const s of p.weeks.flatMap((w) => w.sessions)) assert.ok(s.minutes <= 35);
  const { plans } = blocks(strongFlat, 4);
  for (const p of plans) for (const w of p.weeks) for (const s of w.sessions) assert.ok(s.minutes <= 35);
  const p3 = plans[2];
  const w2 = p3.weeks[1];
  assert.equal(w2.change.reason.id, 'change.rung');
  assert.ok(w2.change.reason.id === 'change.rung' && w2.change.reason.cut !== null);
  assert.match(say(w2.change.reason), /one double-leg hop set comes off to make room/);
  assert.equal((find(p3, 1, 'double-leg-hops')?.left.sets ?? 0) - (find(p3, 2, 'double-leg-hops')?.left.sets ?? 0), 1);
  assert.ok(find(p3, 2, 'single-leg-hops'), 'the single-leg hops stay');
});

test('R19 after week 4 names only the ladders this plan climbs: Rathleff for plantar heel pain, heavy-slow otherwise', () => {
  const pl = plan(plantar);
  const text = keepGoingText(pl.summary.keepGoing);
  assert.match(
    text,
    /heel raise gets heavier in steps: 3\u00a0×\u00a012, 4\u00a0×\u00a010, 5\u00a0×\u00a08, .* These are the steps of the plantar heel pain trial\./,
  );
  const heel = text.slice(0, text.indexOf('Your seated raise'));
  assert.doesNotMatch(heel, /heavy slow|4\u00a0×\u00a06/, 'the heel raise never climbs the heavy-slow ladder');
  assert.match(text, /Your seated raise gets heavier in steps: 3\u00a0×\u00a015/);
  // Phone review: the term was never explained on the plan; it is, once.
  assert.equal(text.match(/This is called heavy slow resistance: slow raises, with the weight rising/g)?.length, 1);
  // Defined where the plan first says it: no earlier "heavy slow resistance" than the definition's own.
  assert.equal(
    text.indexOf('heavy slow resistance'),
    text.indexOf('This is called heavy slow resistance') + 'This is called '.length,
  );
  // 26/21 is under 90%: the 5-set rung waits for symmetry (6 sets otherwise), and the text says so.
  assert.match(text, /5\u00a0×\u00a08 waits until your sides are within 10%/);
  assert.doesNotMatch(
    keepGoingText(plan({ ...plantar, straightKnee: { left: 26, right: 25 } }).summary.keepGoing),
    /waits/,
  );
  const { plans } = blocks(strong, 4);
  const last = keepGoingText(plans[3].summary.keepGoing);
  // With a step the straight-knee rungs are climbed on the heel drop, and the text names it (physiotherapist's read:
  // "Your standing raise moves down the heavy-slow ladder" beside an eccentric heel drop).
  assert.match(
    last,
    /heel drop gets heavier in steps: .*You are at 4\u00a0×\u00a08\. After your retest, one week of your next four moves you one step, to 4\u00a0×\u00a06, with no other change that week; if other changes come first, it comes in the four weeks after\./,
  );
  assert.match(
    keepGoingText(plan(strongFlat).summary.keepGoing),
    /Your standing raise gets heavier in steps: .* This is called heavy slow resistance/,
  );
  // A weaker side's sets are named where it has them (rule 5, C37).
  const lopsided = keepGoingText(
    plan({ ...strong, straightKnee: { left: 34, right: 30 }, bentKnee: { left: 30, right: 27 } }).summary.keepGoing,
  );
  assert.match(
    lopsided,
    /You are at 4\u00a0×\u00a012 on your weaker side, 3\u00a0×\u00a012 on the other\. .* one step, to 4\u00a0×\u00a010 on your weaker side, 3\u00a0×\u00a010 on the other, with no other change/,
  );
  assert.match(last, /seated raise .*You are at 4\u00a0×\u00a08/);
  const avg = keepGoingText(plan(fixture('example-1-average-runner')).summary.keepGoing);
  assert.match(
    avg,
    /standing raises and drops get 2-10% of your body weight heavier \(in a backpack, say\) when you can do 1-2 more reps than each set asks, never more than once a week, and move onto heavy slow resistance steps once you manage 30 raises on each leg/,
  );
});

test('C32 a beginner at 3 x 16 lets the double-leg holds make room; the next block moves instead of repeating', () => {
  const b1 = fixture('example-2-total-beginner');
  const b2 = retest(b1, { straightKnee: { left: 13, right: 16 }, bentKnee: { left: 10, right: 12 } });
  const r = createPlan(b2, { log: { version: 1, entries: [] }, today: b2.startDate, earlier: [b1] });
  assert.ok(r.ok && r.result.kind === 'plan');
  const p2 = r.result as Plan;
  // Still on two legs at C47's ceiling of 17 reps: week 2 lowers on one leg, then the block says what moves it on.
  assert.equal(p2.weeks[1].change.reason.id, 'change.lower-on-one');
  for (const w of p2.weeks.slice(2))
    assert.deepEqual(w.change.reason, { id: 'change.none', top: { reps: 17, why: 'reps', next: 'one-leg' } });
  assert.ok(!p2.summary.flags.some((f) => f.id === 'flag.block-static'));
  const p1 = plan(b1);
  const off = p1.weeks.find((w) => w.change.reason.id === 'change.reps' && w.change.reason.holdsOff);
  assert.ok(off, 'block 1 takes the holds out in the week the raises pass 3\u00a0×\u00a016');
  assert.ok(off.change.ruleIds.includes('C32'));
  assert.match(say(off.change.reason), /past 3\u00a0×\u00a016 .* double-leg holds come out to make room/);
  assert.ok(!lastLoaded(p1, off.number).drills.some((d) => d.drill === 'isometric-hold-double'));
  assert.equal(find(p1, off.number, 'double-leg-heel-raise')?.left.reps, 17);
  // Rule 5's lone extra hold for the weaker side stays: the double-leg raises still cannot favour a side.
  assert.ok(find(p1, off.number, 'isometric-hold-single'));
  // Tendon pain 3-5 keeps rule 12's holds whatever the reps.
  const sore = plan({ ...b1, painNow: 3, painLocations: ['achilles-midportion'] });
  assert.ok(
    sore.weeks.every((w) => lastLoaded(sore, w.number).drills.some((d) => d.drill === 'isometric-hold-double')),
  );
});

test('C7 a block where nothing can change says so once at the top, not as three "No change" weeks', () => {
  fc.assert(
    fc.property(validBaseline, (b) => {
      const r = createPlan(b);
      if (!r.ok || r.result.kind !== 'plan') return;
      const p = r.result;
      const still = p.weeks.slice(1).every((w) => w.change.reason.id === 'change.none');
      assert.equal(p.summary.flags[0]?.id === 'flag.block-static', still);
      if (still) {
        assert.match(say(p.summary.flags[0]), /keeps week 1's dose for all four weeks/);
        for (const w of p.weeks.slice(1)) assert.match(say(w.change.reason), /^Same dose as week 1/);
      } else assert.ok(p.weeks.every((w) => !/\(see the note at the top\)/.test(say(w.change.reason))));
    }),
    { numRuns: 1500, seed: 14 },
  );
  // This beginner's block used to stand still at "about 35 minutes" (37 as lived, with the rest before the lone hold
  // uncounted). With the lone hold as the weaker side's third hold (C37) and its rest counted (C19), the session is
  // honestly 34 minutes and the block moves, still within 35.
  const moves = plan(
    base({
      straightKnee: { left: 9, right: 6 },
      bentKnee: { left: 56, right: 34 },
      equipment: ['band'],
      // Strains a clinician has cleared: otherwise, with a calf this much weaker (or hurting now), the block would hold
      // week 1's dose until checked (C13).
      history: { ...base().history, calfStrain: 'both', strainCleared: true },
    }),
  );
  assert.notEqual(moves.summary.flags[0].id, 'flag.block-static');
  assert.ok(moves.weeks.slice(1).some((w) => w.change.variable !== null));
  assert.ok(moves.weeks.every((w) => w.sessions.every((s) => s.kind !== 'loaded' || s.minutes <= 35)));
});

test('C15 strides only after a pain-free hop test: not for a runner who never hopped, of any age', () => {
  const beginner = plan(fixture('example-2-total-beginner'));
  const older = plan(base({ age: 70, hopTest: null, straightKnee: { left: 23, right: 24 } }));
  for (const p of [beginner, older]) {
    const gate = p.summary.gates.find((g) => g.id === 'running-integration');
    assert.equal(gate?.status, 'locked');
    assert.ok(gate?.toOpen.some((o) => /Do the light hop test .* at your retest/.test(say(o))));
    assert.ok(!drillIds(p).has('strides'));
  }
  // Achilles pain 3-5 now: rule 12's holds, no hops and no strides either, even after a pain-free hop test.
  const sore = plan(base({ painNow: 4, painLocations: ['achilles-midportion'], equipment: ['step'] }));
  const gate = sore.summary.gates.find((g) => g.id === 'running-integration');
  assert.equal(gate?.status, 'locked');
  assert.ok(gate?.conditions.some((c) => c.id === 'gate.tendon-calm' && c.met === false));
  assert.ok(!drillIds(sore).has('strides'));
});

test('C16 strides, once reached, carry into the next block, and a block that drops them says why', () => {
  // Calf sessions on run days, so the strides are listed in them (C16).
  const runner = { ...strong, ...RUNS_ON_CALF_DAYS };
  const { plans } = blocks(runner, 3);
  const has = (p: Plan, w: number) => lastLoaded(p, w).drills.some((d) => d.drill === 'strides');
  assert.ok(has(plans[1], 4) && !has(plans[1], 3), 'block 2 begins strides in week 4');
  assert.ok(has(plans[2], 1), 'block 3 keeps them from week 1');
  const why = plans[2].weeks[0].change.reason;
  assert.ok(why.id === 'change.resume' && why.strides === 'kept');
  assert.ok(
    plans[2].weeks[0].notes.every((n) => n.id !== 'week.strides-new'),
    'not "new" again',
  );
  // Every later block whose last block had strides names what became of them in week 1.
  const { tests } = blocks(runner, 4);
  const sore = retest(tests[2], { hopTest: { left: 30, right: 30, pain: 3, where: ['calf'] } });
  const r = createPlan(sore, {
    log: { version: 1, entries: [] },
    today: sore.startDate,
    earlier: tests.slice(0, 2).concat([tests[2]]),
  });
  assert.ok(r.ok && r.result.kind === 'plan');
  const w1 = (r.result as Plan).weeks[0].change.reason;
  assert.ok(w1.id === 'change.resume' && (w1.strides === 'gate' || w1.strides === 'run'));
  assert.match(say(w1), /Strides stop for now: the running check/);
});

test('C5 a week the log cut by a set shows the load it really holds, not the planned index', () => {
  const b1 = fixture('example-1-average-runner');
  const p1 = plan(b1);
  const w1 = p1.weeks[0].sessions.filter((s) => s.kind === 'loaded');
  const entries: SessionLogEntry[] = w1.map((s, i) => ({
    date: s.date,
    week: 1,
    session: i + 1,
    status: 'done',
    effort: 5,
    painDuring: 0,
    // The last session of week 1 only: two bad ones in a row would hold the block instead (C49).
    nextMorning: i === w1.length - 1 ? { pain: 7, stiffness: 'much-more' } : { pain: 0, stiffness: 'usual' },
  }));
  const r = createPlan(b1, { log: { version: 1, entries }, today: p1.weeks[1].endDate });
  assert.ok(r.ok && r.result.kind === 'plan');
  const w2 = (r.result as Plan).weeks[1];
  assert.ok(w2.adjustment?.fewerSets, 'the log stepped week 2 back to one set fewer');
  const real = w2.sessions
    .filter((s) => s.kind !== 'activation')
    .reduce((t, s) => t + drillsIndex(s.drills, 'left'), 0);
  assert.equal(w2.volume.loadIndex.left, Math.round(real * 10) / 10);
  assert.ok(w2.volume.loadIndex.left < p1.weeks[0].volume.loadIndex.left, 'lower than the planned week 1');
});

test('C22 hopping pain over 5 adds the bone-stress signs: one tender spot, one-leg hop pain, night pain -> clinician', () => {
  const p = plan(base({ hopTest: { left: 20, right: 20, pain: 7 } }));
  const flag = p.summary.flags.find((f) => f.id === 'flag.hop-pain-high');
  assert.ok(flag);
  assert.ok(flag.ruleIds.includes('R18'));
  const text = say(flag);
  assert.match(text, /bone stress injury: if a bone is tender at one spot \(about 2-3 cm\)/);
  assert.ok(text.indexOf('one spot') < text.indexOf('strength work is fine'), 'the caveat comes before the go-ahead');
});

test('C44 under 16: no added weight, no drops below a step, learnt with an adult; a labelled convention', () => {
  const rule = RULES.find((r) => r.id === 'C44');
  assert.equal(rule?.evidence, 'convention');
  assert.match(rule?.source ?? '', /convention/);
  const teen = { ...strong, age: 14, equipment: ['step', 'weights'] } as Baseline;
  const { plans } = blocks(teen, 3);
  for (const p of plans) {
    assert.ok(
      drills(p).every((d) => d.load === null),
      `no weight in block ${p.block.number}`,
    );
    assert.ok(!drillIds(p).has('eccentric-drop-straight') && !drillIds(p).has('eccentric-drop-bent'));
    assert.ok(!drillIds(p).has('seated-soleus-raise'));
    const flag = p.summary.flags.find((f) => f.id === 'flag.under-16');
    assert.ok(flag?.ruleIds.includes('C44'));
    assert.match(
      say(flag ?? { id: 'flag.no-seated' }),
      /with an adult who knows the technique.*Pushoff convention, not a figure from a study/,
    );
    // Physiotherapist's read: "bones and tendons are still growing" stood over week 4's single-leg hops, unexplained.
    assert.match(
      say(flag ?? { id: 'flag.no-seated' }),
      /its hop drills wait for the same checks as an adult’s, while play and sport that do not hurt go on/,
    );
    // C24 (physio read): heel pain that starts while growing stops the calf work, with a clinician to see.
    assert.ok(flag?.ruleIds.includes('C24'));
    assert.match(
      say(flag ?? { id: 'flag.no-seated' }),
      /If a heel starts to hurt.*stop the calf work and any running or jumping that hurts, and see a clinician/,
    );
    assert.ok(!p.summary.flags.some((f) => f.id === 'flag.no-seated'));
    // Physio read: a tempo week told a child with no seated raise that "a seated raise keeps 3 s up, 3 s down".
    for (const w of p.weeks) assert.doesNotMatch(say(w.change.reason), /seated raise/);
    assert.match(keepGoingText(p.summary.keepGoing), /^(?!.*heavy slow).*Under 16 your plan adds no weight/);
  }
  // At 16 the adult plan applies.
  assert.ok(drills(plan({ ...strong, age: 16 })).some((d) => d.load?.kind === 'repetition-maximum'));
});

test('R14: the single-leg landings note counts what the session prescribes, also when a hop set made room for a rung', () => {
  // Second physio review: with a hop set cut (C30, C41) the note said "contacts per leg stay at 20 (20 landings in
  // all)" beside 1 x 10 double-leg and 1 x 10 single-leg hops each side: 30 landings, and 20 per leg after 30.
  let checked = 0;
  let cut = 0;
  for (const p of [...blocks(strong, 4).plans, ...blocks(strongFlat, 4).plans]) {
    for (const s of p.weeks.flatMap((w) => w.sessions)) {
      const single = s.drills.find((d) => d.drill === 'single-leg-hops');
      const note = single?.notes.find((n) => n.id === 'drill.single-leg-landings');
      if (!single || !note || note.id !== 'drill.single-leg-landings') continue;
      const double = s.drills.find((d) => d.drill === 'double-leg-hops');
      const twoFeet = double ? double.left.sets * (double.left.contacts ?? 0) : 0;
      const oneFoot = (side: 'left' | 'right') => single[side].sets * (single[side].contacts ?? 0);
      assert.equal(note.contactsPerLeg, twoFeet + oneFoot('left'), 'contacts per leg');
      assert.equal(note.landings, twoFeet + oneFoot('left') + oneFoot('right'), 'landings in all');
      if (note.cut) {
        cut += 1;
        // Said the same whether the set came off this week or in an earlier block (third physio read: "fall to" and
        // "to make room" read as a new change when only a bent-knee rep had changed).
        assert.match(
          say(note),
          /stays out to leave time for the heavier raise your plan has moved up to, so each leg takes \d+ landings: /,
        );
      }
      // Phone review: "contacts per leg stay at 30 (40 landings in all)" did not add up; the split does.
      assert.ok(
        say(note).endsWith(
          `${note.contactsPerLeg} landings: ${twoFeet} on both feet and ${oneFoot('left')} on its own.`,
        ),
        say(note),
      );
      checked += 1;
    }
  }
  assert.ok(checked > 0 && cut > 0, 'the strong runner has single-leg hop weeks with and without a cut set');
});

test('C37: with a weaker side, no weight ladder goes past its trial sets (heel raise 5, heavy-slow 4) on either side', () => {
  // Second physio review: an asymmetric plantar runner at 8RM did right 6 x 8, three days a week; a strong runner
  // with a weaker side at 10RM did 5 x 10. The weaker side keeps the rung's sets and the stronger side does one fewer.
  const asymStrong: Baseline = { ...strong, straightKnee: { left: 34, right: 30 }, bentKnee: { left: 30, right: 27 } };
  const plans = [...blocks(plantar, 3).plans, ...blocks(asymStrong, 4).plans];
  let atTop = 0;
  for (const d of plans.flatMap(drills)) {
    if (d.load?.kind !== 'repetition-maximum') continue;
    const most = d.drill === 'high-load-heel-raise' ? 5 : 4;
    for (const side of ['left', 'right'] as const)
      assert.ok(d[side].sets <= most, `${d.drill} ${side} ${d[side].sets}`);
    if (d.left.sets !== d.right.sets && Math.max(d.left.sets, d.right.sets) === most) atTop += 1;
  }
  assert.ok(atTop > 0, 'the cases reach a top rung with a weaker side, where the stronger side gives a set');
});

test('R18: hopping pain 3-5 names the bone-stress signs to check, as pain over 5 does; 2 or less does not', () => {
  // Second physio review: new hopping pain of 4 at a retest gave no note at all.
  const flagsAt = (pain: number, where: ('shin' | 'calf')[] = ['shin']) =>
    plan({
      ...fixture('example-1-average-runner'),
      hopTest: { left: 30, right: 30, pain, where },
    }).summary.flags.map(say);
  // (Over 5 with the shin hurting is a referral, a warning sign: so 7 in the calf muscle, which still plans.)
  for (const [pain, where] of [[3], [4], [5], [7, ['calf']]] as const)
    assert.ok(
      flagsAt(pain, where ? [...where] : undefined).some((t) => /bone is tender at one spot/.test(t)),
      `${pain}`,
    );
  for (const pain of [0, 2]) assert.ok(!flagsAt(pain).some((t) => /bone stress/.test(t)), `${pain}`);
  // In the calf muscle alone, 3-5 is read as a strain that has not healed, with C52's 3/10 (physiotherapist's read:
  // "a bone stress injury" for the calf muscle, and no word on a strain).
  for (const pain of [3, 5]) {
    const calf = flagsAt(pain, ['calf']).join(' ');
    assert.match(
      calf,
      /a strain not yet healed: have a physiotherapist or doctor check it this week, keep it to 3\/10 in sessions and runs/,
      `${pain}`,
    );
    assert.doesNotMatch(calf, /bone stress/, `${pain}`);
  }
});

test('C15: strides wait for heel raises within 10%, also in a block after a calf fell at the retest (C42)', () => {
  // Second physio review: a runner at 86.8% kept "Your strides carry on", and a calf that fell 25 -> 17 was told its
  // numbers already allowed strides.
  const lopsided = plan(base({ ...STRIDES, straightKnee: { left: 22, right: 18 } }));
  const gate = lopsided.summary.gates.find((g) => g.id === 'running-integration');
  assert.equal(gate?.status, 'locked');
  assert.ok(gate?.toOpen.some((o) => /symmetry to 90% or more/.test(say(o))));
  assert.ok(!drillIds(lopsided).has('strides'));

  const first = fixture('example-1-average-runner');
  const fell = retest(first, { straightKnee: { left: 26, right: 17 } });
  const r = createPlan(fell, { log: { version: 1, entries: [] }, today: fell.startDate, earlier: [first] });
  assert.ok(r.ok && r.result.kind === 'plan');
  assert.equal(r.result.block.start, 'afresh-after-drop');
  assert.equal(r.result.summary.gates.find((g) => g.id === 'running-integration')?.status, 'locked');
  assert.ok(!drillIds(r.result).has('strides'));
  assert.ok(!/already allows strides/.test(keepGoingText(r.result.summary.keepGoing)));
});

test('A rung week names the sets each side really does: the weaker side’s extra set (R5) and C37’s ceiling', () => {
  // Session 19's physiotherapist read: "moves ... to about 10 times, in 4 sets" while the weaker side did 5.
  const asymStrong: Baseline = { ...strong, straightKnee: { left: 34, right: 30 }, bentKnee: { left: 30, right: 27 } };
  const plans = [...blocks(plantar, 3).plans, ...blocks(asymStrong, 4).plans, ...blocks(strong, 4).plans];
  const kinds = new Set<string>();
  for (const p of plans)
    for (const w of p.weeks) {
      const why = w.change.reason;
      if (why.id !== 'change.rung') continue;
      const id = { 'heel-raise': 'high-load-heel-raise', seated: 'seated-soleus-raise', raise: null }[why.drill];
      const rungDrills = lastLoaded(p, w.number).drills.filter(
        (d) =>
          rmOf(d) === why.to &&
          (id ? d.drill === id : !['high-load-heel-raise', 'seated-soleus-raise'].includes(d.drill)),
      );
      assert.ok(rungDrills.length > 0, `week ${w.number}: a drill at ${why.to}RM`);
      for (const d of rungDrills) {
        const text = say(why);
        const uneven = d.left.sets !== d.right.sets;
        kinds.add(`${why.drill} ${uneven ? 'uneven' : 'even'}`);
        assert.equal(/weaker side/.test(text), uneven, text);
        // Named as the drill done (physiotherapist's read: "Your standing raise" beside an eccentric heel drop).
        if (why.drill === 'raise')
          assert.equal(/^Your heel drop/.test(text), d.drill.startsWith('eccentric-drop'), text);
        assert.match(text, new RegExp(`\\b${Math.max(d.left.sets, d.right.sets)}( sets|\u00a0×\u00a0${why.to})`));
        if (uneven)
          assert.match(
            text,
            new RegExp(`\\b${Math.min(d.left.sets, d.right.sets)}( on|\u00a0×\u00a0${why.to} on) the other`),
          );
      }
    }
  for (const k of ['heel-raise uneven', 'raise uneven', 'raise even', 'seated even'])
    assert.ok(kinds.has(k), `${k} among ${[...kinds]}`);
});
