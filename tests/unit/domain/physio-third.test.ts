// The physiotherapist's third read of the plans: hopping pain at a retest holds the block (C45), a side that fell at a
// retest never rises more than 10% in week 1 (C42 with rule 5 and rule 11), strides go after an easy run by default
// (C16), and the drop's RM weight is defined and warmed up for (C46).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type Baseline, createPlan, loadText, type Plan, RULES, say, symmetryText } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { drillSeconds, sessionMinutes } from '../../../src/domain/prescribe/session-length.ts';
import { base, fixture, STRIDES, validBaseline } from './helpers.ts';

const retest = (from: Baseline, more: Partial<Baseline> = {}): Baseline => ({
  ...from,
  startDate: addDays(from.startDate, 28),
  ...more,
});
function next(earlier: Baseline[], now: Baseline): Plan {
  const r = createPlan(now, { log: { version: 1, entries: [] }, today: now.startDate, earlier });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result as Plan;
}
const lastLoaded = (p: Plan, week: number) => {
  const l = p.weeks[week - 1].sessions.filter((s) => s.kind === 'loaded');
  return l[l.length - 1];
};
/** A loaded session's drills without the per-session copies' identity: what a runner does. The dose, not its words:
 * a drop's how-to says its weight is found after its first week (found-weights.ts). */
const dose = (p: Plan, week: number) =>
  JSON.stringify(lastLoaded(p, week).drills, (k, v) => (k === 'found' ? undefined : v));
const strong: Baseline = {
  ...fixture('example-1-average-runner'),
  straightKnee: { left: 34, right: 33 },
  bentKnee: { left: 30, right: 29 },
};
const up = (b: Baseline, n: number): Partial<Baseline> => ({
  straightKnee: { left: b.straightKnee.left + n, right: b.straightKnee.right + n },
  bentKnee: b.bentKnee && { left: b.bentKnee.left + n, right: b.bentKnee.right + n },
});

test('C45 hopping pain 3-5 (and over 5) at a retest holds the dose reached: no rung, no weight, no new drill, no running rise', () => {
  const runners = [strong, fixture('example-1-average-runner'), fixture('example-2-total-beginner')];
  for (const b1 of runners) {
    const block1 = next([], b1);
    // Without hopping pain the next block moves on (the case can fail).
    // (Well up, so the beginner moves to one leg: on two legs at C47's ceiling a block may have nothing left to change.)
    const well = next([b1], retest(b1, { ...up(b1, 8), hopTest: { left: 30, right: 30, pain: 0 } }));
    assert.ok(
      well.weeks.slice(1).some((w) => w.change.variable !== null),
      'a pain-free retest moves',
    );
    for (const pain of [3, 5, 7]) {
      const b2 = retest(b1, { ...up(b1, 8), hopTest: { left: 30, right: 30, pain, where: ['calf'] } });
      const p = next([b1], b2);
      const label = `${b1.straightKnee.left}/${b1.straightKnee.right}, hop pain ${pain}`;
      for (const w of p.weeks.slice(1)) {
        assert.equal(w.change.variable, null, `${label}: week ${w.number} changes nothing`);
        assert.equal(w.change.reason.id, 'change.held-hop');
        assert.ok(w.change.ruleIds.includes('C45'));
        assert.match(say(w.change.reason), /hopping hurt over 2\/10 .* adds nothing until it is 2\/10 or less/);
        assert.equal(dose(p, w.number), dose(p, 1), `${label}: week ${w.number} is week 1's dose`);
      }
      // Week 1 is no more than block 1 ended on, and brings in no drill block 1 did not do.
      const end = block1.weeks[3];
      const w1 = p.weeks[0];
      for (const side of ['left', 'right'] as const)
        assert.ok(w1.volume.loadIndex[side] <= end.volume.loadIndex[side] + 0.05, `${label} ${side}`);
      const before = new Set(lastLoaded(block1, 4).drills.map((d) => d.drill));
      for (const d of lastLoaded(p, 1).drills) assert.ok(before.has(d.drill), `${label}: ${d.drill} is new`);
      for (const d of lastLoaded(p, 1).drills) {
        const was = lastLoaded(block1, 4).drills.find((x) => x.drill === d.drill);
        if (d.load?.kind === 'repetition-maximum' && was?.load?.kind === 'repetition-maximum')
          assert.ok(d.load.reps >= was.load.reps, `${label}: no heavier rung`);
        assert.ok((d.load?.steps ?? 0) <= (was?.load?.steps ?? 0), `${label}: no added weight`);
      }
      assert.ok(!p.weeks.some((w) => w.notes.some((n) => n.id === 'week.running-increase')), label);
      const flag = p.summary.flags.find((f) => f.id === 'flag.hop-pain-some' || f.id === 'flag.hop-pain-high');
      assert.ok(flag && /this block holds your last dose/.test(say(flag)), label);
      // Week 1 says it keeps the dose reached, not that the reps follow the new counts (they do not, under C45).
      assert.match(say(w1.change.reason), /^Week 1 keeps the dose your last block reached: hopping hurt over 2\/10/);
      assert.ok(w1.change.ruleIds.includes('C45'), label);
      // Running: with hopping pain 3-5 the pain rule guides it (rule 15 wants hops pain-free first); over 5 the runs
      // wait for a clinician instead (C22, physio reads of sessions 16 and 17), with no pain-rule note to contradict it.
      const runs = p.summary.flags.filter((f) => f.id === 'flag.running-pain-monitoring');
      assert.equal(runs.length, p.summary.runsWait ? 0 : 1, label);
      assert.equal(p.summary.runsWait, pain > 5, label);
    }
  }
  // A first block with hopping pain 3-5 is planned as before (hops locked); only a retest holds. (Not in the calf
  // muscle: there C53 holds a first block too.)
  const first = next([], base({ hopTest: { left: 30, right: 30, pain: 4, where: ['shin'] } }));
  assert.ok(first.weeks.slice(1).some((w) => w.change.variable !== null));
  // ...but it does not say to raise running 20% a week; the pain rule guides the running instead.
  assert.ok(!first.weeks.some((w) => w.notes.some((n) => n.id === 'week.running-increase')));
  assert.ok(first.summary.flags.some((f) => f.id === 'flag.running-pain-monitoring'));
});

/** A retest of `b`: each count moves by its own amount (often down by the test's noise or more, so C42 applies). */
const retestOf = (b: Baseline) =>
  fc
    .record({
      sl: fc.integer({ min: -20, max: 8 }),
      sr: fc.integer({ min: -20, max: 8 }),
      bl: fc.integer({ min: -20, max: 8 }),
      br: fc.integer({ min: -20, max: 8 }),
    })
    .map(({ sl, sr, bl, br }) =>
      retest(b, {
        straightKnee: { left: Math.max(1, b.straightKnee.left + sl), right: Math.max(1, b.straightKnee.right + sr) },
        bentKnee: b.bentKnee && {
          left: Math.max(1, b.bentKnee.left + bl),
          right: Math.max(1, b.bentKnee.right + br),
        },
      }),
    );

test('C42 week 1 of a next block never rises more than 10% over the last week on either side (R11), a fall or not', () => {
  const ok = (b: Baseline) => {
    const r = createPlan(b);
    return r.ok && r.result.kind === 'plan';
  };
  fc.assert(
    fc.property(
      validBaseline.filter(ok).chain((b1) => fc.tuple(fc.constant(b1), retestOf(b1))),
      ([b1, b2]) => {
        const r = createPlan(b2, { log: { version: 1, entries: [] }, today: b2.startDate, earlier: [b1] });
        if (!r.ok || r.result.kind !== 'plan') return;
        const before = next([], b1);
        // Left out: a block that brings in a drill the last week did not have (C38's heel raise after a block on two
        // legs): it starts at its own first dose, as in a first block, and may rise more (1 runner in about 2,000 in
        // a scan, +42% with its short heel-raise days, after a C42 fall that already asks for a clinician; open in the
        // issue note). Trimming the other drills to fit used to cut sets to 1 rep.
        const had = new Set(before.weeks[3].sessions.flatMap((s) => s.drills.map((d) => d.drill)));
        if (r.result.weeks[0].sessions.some((s) => s.drills.some((d) => !had.has(d.drill)))) return;
        const end = before.weeks[3].volume.loadIndex;
        const w1 = r.result.weeks[0].volume.loadIndex;
        for (const side of ['left', 'right'] as const)
          assert.ok(
            w1[side] <= end[side] * 1.1 + 0.1,
            `${side}: ${end[side]} -> ${w1[side]} (${r.result.block.start}) ${JSON.stringify([b1.straightKnee, b1.bentKnee, b2.straightKnee, b2.bentKnee, b1.equipment])}`,
          );
      },
    ),
    { numRuns: 400, seed: 45 },
  );
});

test('C42 a side that fell keeps its extra set (rule 5) and takes reps off its sets instead of rising over 10%', () => {
  // A plantar runner (high-load heel raise, C38) whose left side fell by 7 at the retest: 61/61 -> 54/61.
  const b1 = base({
    straightKnee: { left: 61, right: 61 },
    bentKnee: { left: 51, right: 51 },
    equipment: ['band'],
    history: { ...base().history, plantarHeelPain: true },
  });
  const b2 = retest(b1, { straightKnee: { left: 54, right: 61 }, bentKnee: { left: 43, right: 51 } });
  const p = next([b1], b2);
  assert.equal(p.block.start, 'afresh-after-drop');
  const end = next([], b1).weeks[3].volume.loadIndex;
  const w1 = p.weeks[0].volume.loadIndex;
  for (const side of ['left', 'right'] as const)
    assert.ok(w1[side] <= end[side] * 1.1 + 0.1, `${side} ${end[side]} -> ${w1[side]}`);
  // The summary's "gets one extra set" stays true: the weaker left side has one set more in each one-leg raise.
  assert.ok(/gets one extra set/.test(symmetryText(p.summary.symmetry.straightKnee)));
  for (const id of ['bent-knee-heel-raise', 'high-load-heel-raise']) {
    const d = lastLoaded(p, 1).drills.find((x) => x.drill === id);
    assert.equal(d?.left.sets, (d?.right.sets ?? 0) + 1, id);
  }
});

test('C46 a drop at an RM weight says what the weight is measured on and to hold a rail; RM work starts with the test warm-up', () => {
  const p = next([], strong);
  const drop = lastLoaded(p, 2).drills.find((d) => d.drill === 'eccentric-drop-straight');
  assert.ok(drop?.load?.kind === 'repetition-maximum');
  const how = drop.notes.map(say).join(' ');
  // A weight still new leaves 2-3 reps in reserve until a load week (C33): 15RM is then found as "17-18 times".
  const r = drop.load.reserve;
  const times = r ? `${drop.load.reps + r.min}-${drop.load.reps + r.max}` : `${drop.load.reps}`;
  assert.match(
    how,
    new RegExp(
      `hold a rail with one hand. Use the weight you found for your single-leg raises before, one you could lift ${times} times`,
    ),
  );
  // Week 1's single-leg raises already found that weight on the same kit (second physiotherapist's read, session 39).
  assert.match(how, /Use the weight you found for your single-leg raises before/);
  // A drop whose weight nothing found yet says how to find it (physiotherapist's read). Ninth physio read: "find it
  // once" printed every session read as a max set each time; it says first time only.
  const note = drop.notes.find((n) => n.id === 'drill.drop-how');
  assert.ok(note?.id === 'drill.drop-how');
  const { found: _f, raise: _r, ...unknownWeight } = note;
  const unfound = say(unknownWeight);
  assert.match(
    unfound,
    new RegExp(`hold a rail with one hand. The weight is one you could lift ${times} times in a single-leg raise`),
  );
  assert.match(
    unfound,
    new RegExp(
      `Find it the first time only, before your first set: lift it a few times on one leg and stop well short of your limit; it is right if about ${times} in a row`,
    ),
  );
  assert.match(unfound, /Then keep it; that first session takes a few minutes longer\./);
  // One hand holds the rail, so the weight is a backpack or one dumbbell in the other hand, never "dumbbells".
  assert.match(loadText(drop.load), /^Wear a backpack \(or hold a dumbbell in your free hand\)/);
  // The first weighted drill of each session with standing RM work carries the warm-up, borrowed from rule 1's test.
  for (const s of p.weeks.flatMap((w) => w.sessions).filter((x) => x.kind === 'loaded')) {
    const first = s.drills.find((d) => d.load?.kind === 'repetition-maximum');
    const warm = first?.notes.find((n) => n.id === 'drill.rm-warm-up');
    assert.ok(warm, s.date);
    assert.ok(warm.ruleIds.includes('C46'), s.date);
    assert.match(say(warm), /10 heel raises on both legs, as for the test/);
    assert.equal(s.drills.flatMap((d) => d.notes).filter((n) => n.id === 'drill.rm-warm-up').length, 1);
  }
  const rule = RULES.find((r) => r.id === 'C46');
  assert.match(rule?.statement ?? '', /borrowed from the test protocol/);
  // The session's stated length counts those 10 raises (C19: 3 s a rep untimed; physio read: "about 34 min" lived as
  // 35-36 with the warm-up), so the 35-minute cap sees them too. The seated raise's weight on a knee needs none.
  const rm = lastLoaded(p, 2).drills.find((d) => d.load?.kind === 'repetition-maximum' && d.load.on !== 'knees');
  assert.ok(rm?.load?.kind === 'repetition-maximum' && rm.stance === 'single');
  // One set of 30 reps a leg: whole minutes of work at any whole-second tempo, so the 30 s shows after rounding.
  const one = { ...rm, left: { ...rm.left, sets: 1, reps: 30 }, right: { ...rm.right, sets: 1, reps: 30 } };
  const minutes = drillSeconds(one) / 60;
  assert.ok(Number.isInteger(minutes));
  assert.equal(sessionMinutes([one]), minutes + 1);
  assert.equal(sessionMinutes([{ ...one, load: { ...rm.load, on: 'knees' } }]), minutes);
  // A body-weight drop (no RM) keeps its short note, rail included; no RM work, no warm-up note.
  const avg = next([], fixture('example-1-average-runner'));
  const plain = lastLoaded(avg, 2).drills.find((d) => d.drill === 'eccentric-drop-straight');
  assert.equal(
    plain?.notes.map(say).join(' '),
    'Rise on both feet, then lower on one leg, letting the heel sink below the step; hold a rail with one hand.',
  );
  assert.ok(
    !avg.weeks.some((w) =>
      w.sessions.some((s) => s.drills.some((d) => d.notes.some((n) => n.id === 'drill.rm-warm-up'))),
    ),
  );
});

test('C46 a drop says to find its weight in the first week that uses it, and later weeks say it is found', () => {
  // Physiotherapist's read: "Find it the first time only ... that first session takes a few minutes longer" printed
  // again in weeks 3 and 4, as if the weight were still to be found.
  const p = next([], strong);
  const how = (w: number) =>
    p.weeks[w - 1].sessions
      .flatMap((s) => s.drills)
      .flatMap((d) => d.notes)
      .filter((n) => n.id === 'drill.drop-how')
      .map(say);
  assert.ok(how(1).length === 0 && how(2).length > 0, 'drops begin in week 2');
  // Week 1's single-leg raises found the weight (session 39's second physiotherapist's read), so week 2 keeps it too.
  for (const text of how(2)) assert.match(text, /Use the weight you found for your single-leg raises before/);
  for (const w of [3, 4]) {
    assert.ok(how(w).length > 0, `week ${w} has drops`);
    for (const text of how(w)) {
      assert.doesNotMatch(text, /Find it|first session takes/, `week ${w}`);
      // The same weight, still named by what it is. This block has no load week (hops take weeks 3 and 4), so no
      // "until the week your plan makes it heavier" (physiotherapist's read, session 45: that week never came).
      assert.match(
        text,
        /Use the weight you found for it before, one you could lift 17-18 times in a single-leg raise\.$/,
      );
    }
  }
  // A block whose week 3 is the load week (no hop test, so no hops) says the weight waits for it.
  const loads = next([], { ...strong, hopTest: null });
  assert.equal(loads.weeks[2].change.reason.id, 'change.load');
  const week2 = loads.weeks[1].sessions.flatMap((s) => s.drills).flatMap((d) => d.notes);
  const drop = week2.find((n) => n.id === 'drill.drop-how');
  assert.ok(drop);
  assert.match(say(drop), /, until the week your plan makes it heavier; then one you could lift only 15 times\.$/);
});

test("C46 a drop whose weight the last block's check-ins used says it is found in the next block's week 1 (C41)", () => {
  // Block 1 never reached a load week, so block 2 starts with the same weight (C33: a kept weight is known already).
  const p1 = next([], strong);
  // `skip`: weeks 2 and 4 skipped, so week 4 repeats week 2's first drops, skipped too, and the block ends on them.
  const logged = (skip: boolean): SessionLogEntry[] =>
    p1.weeks.flatMap((w) =>
      w.sessions.map((s, i) => ({
        date: s.date,
        week: w.number,
        session: i + 1,
        status: skip && (w.number === 2 || w.number === 4) ? ('skipped' as const) : ('done' as const),
        effort: 5,
        painDuring: 0,
      })),
    );
  const block2 = (entries: SessionLogEntry[]) => {
    const b2 = retest(strong);
    const r = createPlan(b2, { log: { version: 1, entries }, today: b2.startDate, earlier: [strong] });
    assert.ok(r.ok && r.result.kind === 'plan');
    return r.result;
  };
  const week1How = (p: Plan) =>
    lastLoaded(p, 1)
      .drills.flatMap((d) => d.notes)
      .filter((n) => n.id === 'drill.drop-how')
      .map(say);
  const p = block2(logged(false));
  assert.ok(week1How(p).length > 0, 'block 2 has drops in week 1');
  for (const text of week1How(p)) assert.match(text, /^Rise on both feet.*Use the weight you found for it before/);
  // A runner who skipped every drop session never found it, though block 2 starts on drops: they are told how
  // (physiotherapist's read).
  const skipped = week1How(block2(logged(true)));
  assert.ok(skipped.length > 0, 'still drops in week 1');
  for (const text of skipped) assert.match(text, /Find it the first time only/);
  // A new weight (the ladder's next rung) is found again.
  const rung = p.weeks.find((w) => w.change.variable === 'load');
  assert.ok(rung, 'a load week in block 2');
  const after = lastLoaded(p, rung.number).drills.find((d) => d.notes.some((n) => n.id === 'drill.drop-how'));
  assert.match(after?.notes.map(say).join(' ') ?? '', /Find it the first time only/);
});

test('C46 the short heel-raise session (plantar heel pain, C38) starts its RM heel raise with the warm-up too', () => {
  // A plantar runner with weights and a step on the heel raise's 8RM rung in block 2 (third physio read, h2).
  const h1 = base({
    straightKnee: { left: 26, right: 25 },
    equipment: ['weights', 'step'],
    history: { ...base().history, plantarHeelPain: true },
  });
  const p = next([h1], retest(h1, { straightKnee: { left: 26, right: 24 } }));
  const short = p.weeks.flatMap((w) => w.sessions).filter((s) => s.kind === 'heel-raise');
  assert.ok(short.length > 0, 'the plan has short heel-raise days');
  for (const s of short) {
    const raise = s.drills.find((d) => d.drill === 'high-load-heel-raise');
    assert.equal(raise?.load?.kind, 'repetition-maximum', s.date);
    assert.ok(
      raise?.notes.some((n) => n.id === 'drill.rm-warm-up'),
      `${s.date}: the raise at an RM weight gets the warm-up`,
    );
  }
});

test('strides are advised at the end of an easy run, and in a calf session only on a day the runner also runs', () => {
  const p = next([], STRIDES);
  const where = p.weeks.flatMap((w) => w.notes).find((n) => n.id === 'week.strides-where');
  assert.ok(where, 'the strides runner gets the placement note');
  assert.match(say(where), /best done at the end of an easy run: warm from running, with calves not tired/);
  assert.match(say(where), /after a session only on a day you also run/);
});

test('C41 with rule 5: a weaker side that catches up keeps the volume it reached when its extra set comes off', () => {
  // Worked example 3 (old right calf strain) retested three times; at the third retest both positions are within 10%.
  const x1 = fixture('example-3-big-asymmetry');
  const x2 = retest(x1, {
    straightKnee: { left: 29, right: 22 },
    bentKnee: { left: 25, right: 18 },
    hopTest: { left: 30, right: 26, pain: 1 },
  });
  const x3 = retest(x2, {
    straightKnee: { left: 30, right: 26 },
    bentKnee: { left: 25, right: 22 },
    hopTest: { left: 30, right: 28, pain: 0 },
  });
  const x4 = retest(x3, {
    straightKnee: { left: 31, right: 29 },
    bentKnee: { left: 26, right: 24 },
    hopTest: { left: 30, right: 29, pain: 0 },
  });
  const block3 = next([x1, x2], x3);
  const block4 = next([x1, x2, x3], x4);
  const raise = (p: Plan, week: number) => lastLoaded(p, week).drills.find((d) => d.drill === 'bent-knee-heel-raise');
  const was = raise(block3, 4);
  const now = raise(block4, 1);
  assert.ok(was && now);
  assert.ok(was.right.sets > now.right.sets, 'the right side had the extra set and no longer has it');
  const vol = (d: typeof was) => d.right.sets * (d.right.reps ?? 0);
  // It used to go 4 x 8 -> 3 x 8, a quarter less; now the reps carry the volume (the side's week stays within 10%).
  assert.ok(vol(now) >= vol(was) * 0.9, `${vol(was)} -> ${vol(now)}`);
  const [end, w1] = [block3.weeks[3].volume.loadIndex, block4.weeks[0].volume.loadIndex];
  assert.ok(w1.right >= end.right * 0.9, `right ${end.right} -> ${w1.right}`);
  for (const side of ['left', 'right'] as const) assert.ok(w1[side] <= end[side] * 1.1 + 0.1, side);
});
