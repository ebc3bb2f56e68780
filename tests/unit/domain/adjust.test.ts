// Issue 14's living plan: the weeks follow the training log (rule 8's 24-hour response, rule 7's pain during,
// C39's reading of a check-in, C40's missed sessions). Each test is named by the rule it holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createPlan, type Plan, say, type Week } from '../../../src/domain/index.ts';
import type { SessionLog, SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { fixture, plan, validBaseline } from './helpers.ts';

const b1 = fixture('example-1-average-runner');
const p1 = plan(b1);
const after = addDays(p1.endDate, 1); // "today" once the block is over: every session is in the past

type Entry = SessionLogEntry;
const good = (date: string): Entry => ({
  date,
  week: 1,
  session: 1,
  status: 'done',
  effort: 5,
  painDuring: 0,
  nextMorning: { pain: 0, stiffness: 'usual' },
});
const logOf = (entries: Entry[]): SessionLog => ({ version: 1, entries });
const allGood = (p: Plan) => p.weeks.flatMap((w) => w.sessions.map((s) => good(s.date)));
function adjusted(b: unknown, entries: Entry[], today = after): Plan {
  const r = createPlan(b, { log: logOf(entries), today });
  assert.ok(r.ok && r.result.kind === 'plan');
  return r.result;
}
/** The planned week a week does: its own unless the log moved it. */
const stepOf = (w: Week) => w.adjustment?.doses ?? w.number;
const lastOf = (w: Week) => w.sessions[w.sessions.length - 1].date;
/** Week 1 all good except `bad` on its last session. */
const week1With = (bad: Partial<Entry>) =>
  allGood(p1).map((e) => (e.date === lastOf(p1.weeks[0]) ? { ...e, ...bad } : e));

test('R8: an all-good log gives the original plan, and so does an empty one', () => {
  assert.deepEqual(adjusted(b1, allGood(p1)), p1);
  assert.deepEqual(adjusted(b1, []), p1);
});

test('C39 (R8): a morning not back to usual repeats the dose, and says why', () => {
  const p = adjusted(b1, week1With({ nextMorning: { pain: 0, stiffness: 'more' } }));
  assert.equal(stepOf(p.weeks[1]), 1, 'week 2 repeats week 1');
  assert.equal(p.weeks[1].adjustment?.action, 'repeat');
  // Week 1's calf sessions again; its activation days ("this week only") and its note on learning the drills stay in
  // week 1 (physiotherapist's read: a repeat brought them back).
  const calfWeek1 = p1.weeks[0].sessions.filter((s) => s.kind !== 'activation');
  assert.deepEqual(
    p.weeks[1].sessions.map((s) => s.drills),
    calfWeek1.map((s) =>
      s.drills.length && s.kind === 'loaded'
        ? p1.weeks[0].sessions.filter((x) => x.kind === 'loaded').at(-1)!.drills
        : s.drills,
    ),
  );
  // Its reps in reserve stay, said as a repeat: the repeated dose includes the effort and the weight (physio read:
  // without the note, the week meant to add nothing became a true 15RM, a heavier weight).
  const rir = p.weeks[1].notes.filter((n) => n.id === 'week.reps-in-reserve');
  assert.equal(rir.length, 1);
  assert.match(
    say(rir[0]),
    /^As in week 1, stop every set at the reps listed, or sooner while 2-3 more are still in you, and keep the weight you used then/,
  );
  assert.doesNotMatch(say(rir[0]), /learning each drill/);
  assert.match(say(p.weeks[1].focus), /^Week 1's dose again, as your log asked/);
  // Same weekdays, one week later.
  assert.deepEqual(
    p.weeks[1].sessions.map((s) => s.date),
    calfWeek1.map((s) => addDays(s.date, 7)),
  );
  assert.match(
    say(p.weeks[1].change.reason),
    /^Repeats week 1's dose: the morning after Sun 9 Mar your calves were not back to usual/,
  );
  assert.ok(p.weeks[1].change.ruleIds.includes('R8'));
  // The runner then logs the repeated week as good: the plan goes on one step a week.
  const logged = new Set(week1With({}).map((e) => e.date));
  const more = p.weeks[1].sessions.filter((s) => !logged.has(s.date)).map((s) => good(s.date));
  const q = adjusted(b1, [...week1With({ nextMorning: { pain: 0, stiffness: 'more' } }), ...more]);
  assert.deepEqual(q.weeks.map(stepOf), [1, 1, 2, 3]);
  assert.match(
    say(q.weeks[2].change.reason),
    /^One step on from last week, so this week does the dose first planned for week 2\./,
  );
});

test('R8 (C39): next-morning pain above the pain on the plan day also repeats', () => {
  const p = adjusted(b1, week1With({ nextMorning: { pain: 2, stiffness: 'usual' } }));
  assert.equal(stepOf(p.weeks[1]), 1);
});

test('R8 (C39): a worse morning steps back one week', () => {
  const entries = allGood(p1).map((e) =>
    e.date === lastOf(p1.weeks[1]) ? { ...e, nextMorning: { pain: 1, stiffness: 'much-more' as const } } : e,
  );
  const p = adjusted(b1, entries);
  assert.equal(stepOf(p.weeks[1]), 2);
  assert.equal(stepOf(p.weeks[2]), 1, 'week 3 steps back to week 1');
  assert.match(
    say(p.weeks[2].change.reason),
    /^Steps back to week 1's dose: the morning after .* was clearly worse than usual, in stiffness or in pain/,
  );
});

test('R8 (C39): a session with a set fewer says it takes less time, in the next week and later that week', () => {
  // Week 1's last session much stiffer: week 2 is one set fewer; Monday of week 2 much stiffer too would hold (C49),
  // so a stiff Monday of week 1 instead lowers its own Friday (mid-week) and week 2.
  const [mon, fri] = p1.weeks[0].sessions.filter((s) => s.kind === 'loaded');
  const entries = allGood(p1).map((e) =>
    e.date === mon.date ? { ...e, nextMorning: { pain: 1, stiffness: 'much-more' as const } } : e,
  );
  const p = adjusted(b1, entries, p1.weeks[1].startDate);
  const friNow = p.weeks[0].sessions.find((s) => s.date === fri.date);
  assert.ok(friNow && friNow.minutes < fri.minutes, `Friday ${friNow?.minutes} min, planned ${fri.minutes}`);
  const week2 = p.weeks[1].sessions.filter((s) => s.kind === 'loaded');
  assert.ok(p.weeks[1].adjustment?.fewerSets);
  for (const s of week2) assert.ok(s.minutes < fri.minutes, `${s.date}: ${s.minutes} min`);
});

test('R7 (C39): pain during over 5/10 steps back; 4-5/10 repeats (nothing new); 3/10 goes on', () => {
  const at = (pain: number) =>
    adjusted(
      b1,
      allGood(p1).map((e) => (e.date === lastOf(p1.weeks[1]) ? { ...e, painDuring: pain } : e)),
    );
  assert.equal(stepOf(at(6).weeks[2]), 1);
  assert.equal(stepOf(at(5).weeks[2]), 2);
  assert.match(say(at(4).weeks[2].change.reason), /reached 4-5\/10, so nothing new is added yet/);
  // 3/10 every week is not rising: the plan goes on; 3/10 after a week at 0/10 is rising, so the week repeats (R8).
  const steady = adjusted(
    b1,
    allGood(p1).map((e) => ({ ...e, painDuring: 3 })),
  );
  assert.deepEqual(steady.weeks.map(stepOf), [1, 2, 3, 4]);
  assert.match(say(at(3).weeks[2].change.reason), /^Repeats week 2's dose: your pain rose from one week to the next/);
});

test('C39 (R7): a step back from week 1 drops a set of each strength drill instead of repeating the same dose', () => {
  const p = adjusted(b1, week1With({ painDuring: 7 }));
  const [before, after] = [p1.weeks[0], p.weeks[1]].map((w) => w.sessions.find((s) => s.kind === 'loaded'));
  const raise = (s: typeof before) => s?.drills.find((d) => d.drill === 'single-leg-heel-raise');
  assert.equal(raise(after)?.left.sets, (raise(before)?.left.sets ?? 0) - 1);
  assert.match(say(p.weeks[1].change.reason), /^One set fewer than week 1 of each raise \(there is no lower week\)/);
  // The cut drill names the step back's rule (C39), not the pain-day rule (C35) (physiotherapist's read).
  assert.ok(raise(after)?.ruleIds.includes('C39'));
  assert.ok(!raise(after)?.ruleIds.includes('C35'));
});

test('C40: a block held back says where the next block starts, and gates are used from the week that reached them', () => {
  const stiff = allGood(p1).map((e) => ({ ...e, nextMorning: { pain: 0, stiffness: 'more' as const } }));
  const p = adjusted(b1, stiff);
  assert.deepEqual(p.weeks.map(stepOf), [1, 1, 1, 1]);
  assert.match(
    say(p.summary.flags[0]),
    /^Your log held this block back: it ends on the dose first planned for week 1\. Your next block starts from there/,
  );
  assert.ok(
    p.summary.gates.every((g) => g.usedFromWeek === null),
    'no gate was reached',
  );
});

/** Week 1's last loaded session (Fri 7 Mar) and one of its short activations (Tue 4 Mar). */
const friday = p1.weeks[0].sessions.filter((s) => s.kind === 'loaded').at(-1)?.date ?? '';
const tuesday = p1.weeks[0].sessions.find((s) => s.kind === 'activation')?.date ?? '';
const week1On = (date: string, more: Partial<Entry>) =>
  allGood(p1).map((e) => (e.date === date ? { ...e, ...more } : e));

test('C40: a skipped, partly done or (once logging) unlogged calf session repeats the week', () => {
  const skipped = { status: 'skipped' as const, effort: null, painDuring: null };
  assert.equal(stepOf(adjusted(b1, week1On(friday, skipped)).weeks[1]), 1);
  assert.equal(stepOf(adjusted(b1, week1On(friday, { status: 'partly' })).weeks[1]), 1);
  const p = adjusted(
    b1,
    allGood(p1).filter((e) => e.date !== friday),
  );
  assert.equal(stepOf(p.weeks[1]), 1);
  assert.match(say(p.weeks[1].change.reason), /the session on Fri 7 Mar has no check-in, so it counts as missed/);
  // A whole week unlogged is said as that (four-weeks review: a missed week named only its first session).
  const calf = p1.weeks[0].sessions.filter((s) => s.kind === 'loaded').map((s) => s.date);
  assert.equal(calf.length, 2);
  const calf2 = p1.weeks[1].sessions.filter((s) => s.kind === 'loaded').map((s) => s.date);
  const none = adjusted(
    b1,
    allGood(p1).filter((e) => !calf2.includes(e.date)),
  );
  assert.match(
    say(none.weeks[2].change.reason),
    /2 calf sessions of the week before, the first on Mon 10 Mar, have no check-in, so they count as missed/,
  );
  // A whole week skipped likewise (physiotherapist's read: "the session on Mon 3 Mar was skipped", and Friday unsaid).
  const bothSkipped = adjusted(
    b1,
    allGood(p1).map((e) => (calf.includes(e.date) ? { ...e, ...skipped, nextMorning: undefined } : e)),
  );
  assert.match(
    say(bothSkipped.weeks[1].change.reason),
    /2 calf sessions of the week before, the first on Mon 3 Mar, were skipped/,
  );
  assert.match(
    say(adjusted(b1, week1On(friday, skipped)).weeks[1].change.reason),
    /the session on Fri 7 Mar was skipped/,
  );
  // No calf session done yet, so no weight was found to keep: the repeat asks to pick one (physiotherapist's read:
  // "keep the weight you used then" to a runner who had used none). With one done, the weight is kept.
  const reserve = (q: Plan) => {
    const note = q.weeks[1].notes.find((n) => n.id === 'week.reps-in-reserve');
    assert.ok(note);
    return say(note);
  };
  assert.match(
    reserve(bothSkipped),
    /^As in week 1, stop every set at the reps listed, or sooner while 2-3 more are still in you \(with a weight, pick one that leaves 2-3 more\):/,
  );
  assert.match(
    reserve(p),
    /^As in week 1, stop every set at the reps listed, or sooner while 2-3 more are still in you, and keep the weight you used then:/,
  );
});

test('C40: after whole weeks with no calf session done, the first one back is the last dose done, not a new step', () => {
  // Week 1 done and fine; every calf session of weeks 2 and 3 skipped (and nothing logged at all gives the same).
  const calfDays = (w: Week) => w.sessions.filter((s) => s.kind !== 'activation').map((s) => s.date);
  const skipped = [p1.weeks[1], p1.weeks[2]].flatMap(calfDays).map((d) => ({
    ...good(d),
    status: 'skipped' as const,
    effort: null,
    painDuring: null,
    nextMorning: undefined,
  }));
  const week1 = allGood(p1).filter((e) => e.date <= p1.weeks[0].endDate);
  for (const entries of [[...week1, ...skipped], week1]) {
    const p = adjusted(b1, entries, p1.weeks[3].startDate);
    assert.equal(stepOf(p.weeks[2]), 1, 'week 2 was never done: week 3 goes back to week 1');
    assert.equal(stepOf(p.weeks[3]), 1, "week 4 still does week 1's dose, the last one done");
    assert.deepEqual(
      p.weeks[3].sessions.filter((s) => s.kind === 'loaded').at(-1)?.drills,
      p1.weeks[0].sessions.filter((s) => s.kind === 'loaded').at(-1)?.drills,
      'no heel drop off a step as the first session back',
    );
  }
});

test('C40: a skipped week after a step back keeps the lower dose; it never goes back up to the dose that hurt', () => {
  // Week 2's Friday much stiffer (week 3 steps back to week 1), then every calf session of week 3 skipped.
  const fri2 = p1.weeks[1].sessions.filter((s) => s.kind === 'loaded').at(-1)?.date;
  const week3 = p1.weeks[2].sessions.filter((s) => s.kind !== 'activation').map((s) => s.date);
  const entries = allGood(p1)
    .filter((e) => e.date <= p1.weeks[2].endDate)
    .map((e) =>
      e.date === fri2
        ? { ...e, nextMorning: { pain: 1, stiffness: 'much-more' as const } }
        : week3.includes(e.date)
          ? { ...e, status: 'skipped' as const, effort: null, painDuring: null, nextMorning: undefined }
          : e,
    );
  const p = adjusted(b1, entries, p1.weeks[3].startDate);
  assert.equal(stepOf(p.weeks[2]), 1);
  assert.equal(stepOf(p.weeks[3]), 1, 'week 4 repeats the lower dose, not week 2 again');
});

test('C40: a missed short activation does not hold the plan back, but its morning after still counts', () => {
  const skipped = { status: 'skipped' as const, effort: null, painDuring: null };
  assert.deepEqual(adjusted(b1, week1On(tuesday, skipped)), p1);
  assert.deepEqual(
    adjusted(
      b1,
      allGood(p1).filter((e) => e.date !== tuesday),
    ),
    p1,
  );
  const stiff = adjusted(b1, week1On(tuesday, { nextMorning: { pain: 0, stiffness: 'more' } }));
  assert.equal(stepOf(stiff.weeks[1]), 1);
});

test('C40: an unlogged calf session of a week still in progress is not missed yet', () => {
  const noFriday = p1.weeks[0].sessions.filter((s) => s.date !== friday).map((s) => good(s.date));
  // On the Sunday, week 1 is still in progress: Friday's session can still be logged, so nothing is missed.
  assert.equal(stepOf(adjusted(b1, noFriday, p1.weeks[0].endDate).weeks[1]), 2);
  // On week 2's Monday week 1 is over: Friday's session counts as missed and week 1 repeats.
  assert.equal(stepOf(adjusted(b1, noFriday, p1.weeks[1].startDate).weeks[1]), 1);
});

test('C40: sessions still to come decide nothing', () => {
  // Today is week 2's first day: week 1 went well, so week 2 is as planned whatever comes later.
  const week1 = p1.weeks[0].sessions.map((s) => good(s.date));
  const p = adjusted(b1, week1, p1.weeks[1].startDate);
  assert.deepEqual(p.weeks.map(stepOf), [1, 2, 3, 4]);
});

// Logs drawn at random for random plans: the properties issue 14 asks for.
const morning = fc.record({
  pain: fc.integer({ min: 0, max: 10 }),
  stiffness: fc.constantFrom('usual' as const, 'more' as const, 'much-more' as const),
});
const entryFor = (date: string) =>
  fc.record({
    date: fc.constant(date),
    week: fc.constant(1),
    session: fc.constant(1),
    status: fc.constantFrom('done' as const, 'partly' as const),
    effort: fc.integer({ min: 0, max: 10 }),
    painDuring: fc.integer({ min: 0, max: 10 }),
    nextMorning: fc.option(morning, { nil: undefined }),
  });

test('properties: a bad morning never progresses the next session; no week rises more than 10%', () => {
  fc.assert(
    fc.property(
      validBaseline.chain((b) => {
        const r = createPlan(b);
        const p = r.ok && r.result.kind === 'plan' ? r.result : null;
        const dates = p ? p.weeks.flatMap((w) => w.sessions.map((s) => s.date)) : [];
        return fc.tuple(
          fc.constant(b),
          fc.constant(p),
          fc.tuple(...dates.map((d) => fc.option(entryFor(d), { nil: null }))),
        );
      }),
      ([b, p, maybeEntries]) => {
        if (!p) return;
        const entries: Entry[] = maybeEntries.flatMap((e) => (e ? [e as Entry] : []));
        const q = adjusted(b, entries, addDays(p.endDate, 1));
        const sessions = q.weeks.flatMap((w) => w.sessions.map((s) => ({ s, w })));
        for (const e of entries) {
          const bad = e.nextMorning && (e.nextMorning.stiffness !== 'usual' || e.nextMorning.pain > b.painNow);
          if (!bad) continue;
          const i = sessions.findIndex((x) => x.s.date === e.date);
          const next = sessions[i + 1];
          if (next) assert.ok(stepOf(next.w) <= stepOf(sessions[i].w), `progressed after a bad morning on ${e.date}`);
        }
        for (let n = 1; n < q.weeks.length; n++) {
          const [prev, cur] = [q.weeks[n - 1].volume.loadIndex, q.weeks[n].volume.loadIndex];
          // #14: a week cut by a set shows the load really done (C35, C39); giving that set back returns to the
          // planned dose rather than stepping up, so the 10% check starts from weeks done in full.
          const cut = q.weeks[n - 1].sessions.some((s) =>
            s.drills.some((d) => d.ruleIds.includes('C35') || d.ruleIds.includes('C39')),
          );
          assert.ok(
            cut || (cur.left <= prev.left * 1.1 + 0.1 && cur.right <= prev.right * 1.1 + 0.1),
            `week ${n + 1} rose >10%`,
          );
          assert.ok(stepOf(q.weeks[n]) <= stepOf(q.weeks[n - 1]) + 1, 'at most one step up a week');
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('C39: after a week one set down, a repeat keeps the set off, and going on first gives the set back', () => {
  const sets = (w: Week) =>
    w.sessions.find((s) => s.kind === 'loaded')?.drills.find((d) => d.drill === 'single-leg-heel-raise')?.left.sets ??
    0;
  const worse = { nextMorning: { pain: 0, stiffness: 'much-more' as const } };
  const week2 = (more: Partial<Entry>) =>
    week1With(worse).map((e) =>
      e.date >= p1.weeks[1].startDate && e.date <= p1.weeks[1].endDate ? { ...e, ...more } : e,
    );
  // Week 2 stepped back from week 1: one set fewer.
  const base = adjusted(b1, week1With(worse));
  assert.equal(sets(base.weeks[1]), sets(p1.weeks[0]) - 1);
  // Still stiffer after week 2: week 3 repeats with the set still off.
  const stiff = adjusted(b1, week2({ nextMorning: { pain: 0, stiffness: 'more' } }));
  assert.equal(stepOf(stiff.weeks[2]), 1);
  assert.equal(sets(stiff.weeks[2]), sets(p1.weeks[0]) - 1);
  // All good after week 2: week 3 is week 1 in full again, and week 4 takes the next step.
  const good = adjusted(b1, week2({}));
  assert.equal(stepOf(good.weeks[2]), 1);
  assert.equal(sets(good.weeks[2]), sets(p1.weeks[0]));
  assert.equal(stepOf(good.weeks[3]), 2);
});

test("C39 (R8): a step back to week 1's dose with a set off says so in its focus, as its change line does", () => {
  // Physio read: the focus said "Week 1's dose again" beside "One set fewer than week 1 of each raise and heel drop".
  const p = adjusted(b1, week1With({ nextMorning: { pain: 0, stiffness: 'much-more' } }));
  assert.equal(p.weeks[1].adjustment?.action, 'step-back');
  assert.equal(p.weeks[1].adjustment?.fewerSets, true);
  assert.match(say(p.weeks[1].change.reason), /One set fewer than week 1/);
  assert.match(say(p.weeks[1].focus), /^Week 1's dose again, with one set fewer, as your log asked/);
});

test('C39: a step back with no lower week takes a set off the holds too, and says so; a pain-4-5 day keeps them (C35)', () => {
  // Physiotherapist's read: mid-portion Achilles pain 3/10, pain during 6 on Friday and a worse morning; week 2 cut the
  // seated raise to 2 x 15 and left the 5 x 45 s holds, the one straight-knee load on the sore tendon, as they were.
  const b = {
    ...b1,
    painNow: 3,
    painLocations: ['achilles-midportion'],
    history: { ...b1.history, achillesTendinopathy: true, achillesPart: 'midportion' },
  };
  const p0 = plan(b);
  const last = lastOf(p0.weeks[0]);
  const entries = allGood(p0).map((e) =>
    e.date === last ? { ...e, painDuring: 6, nextMorning: { pain: 4, stiffness: 'more' as const } } : e,
  );
  const p = adjusted(b, entries);
  const holdOf = (w: Week) =>
    w.sessions.find((s) => s.kind === 'loaded')?.drills.find((d) => d.drill === 'isometric-hold-single');
  const [was, now] = [holdOf(p0.weeks[0]), holdOf(p.weeks[1])];
  assert.ok(was && now);
  assert.equal(now.left.sets, was.left.sets - 1);
  assert.equal(now.right.sets, was.right.sets - 1);
  assert.match(
    say(p.weeks[1].change.reason),
    /^One set fewer than week 1 of each raise and hold \(there is no lower week\)/,
  );
  // ...and says what a second such session in a row brings (C49), before it happens (physiotherapist's read).
  assert.match(
    say(p.weeks[1].change.reason),
    /Two calf sessions in a row like that \(pain during over 5\/10, or a worse morning\) and the plan keeps the lower dose and asks you to have it checked\. Keep runs easy until a calf session and the morning after it go well again, with pain during a run at most 5\/10\.$/,
  );
  assert.ok(p.weeks[1].change.ruleIds.includes('C49'));
  // A repeat (a stiffer morning only) does not say it: it is not a step back.
  const stiffer = allGood(p0).map((e) =>
    e.date === last ? { ...e, nextMorning: { pain: 3, stiffness: 'more' as const } } : e,
  );
  assert.doesNotMatch(say(adjusted(b, stiffer).weeks[1].change.reason), /Two calf sessions in a row/);
  // A pain-4-5 day (C35) still keeps the holds' sets: they are rule 12's load for that pain.
  const sore = plan({ ...b, painNow: 4 });
  const first = sore.weeks[0].sessions.find((s) => s.kind === 'loaded');
  const full = sore.weeks[0].sessions.filter((s) => s.kind === 'loaded').at(-1);
  const hold = (s: typeof first) => s?.drills.find((d) => d.drill === 'isometric-hold-single')?.left.sets;
  assert.equal(hold(first), hold(full));
});

test('R9 C40: with one session a week, a step on into a held week says it is the same dose again, not a change', () => {
  const once = { ...b1, sessionsPerWeek: 1 };
  const p0 = plan(once);
  assert.equal(p0.weeks[1].change.reason.id, 'change.held');
  const loadedOn = (w: Week) => w.sessions.find((s) => s.kind === 'loaded');
  // Week 1 done, week 2's session skipped: week 3 repeats week 1, and week 4 goes on to week 2's (held) dose.
  const [w1, w2] = [loadedOn(p0.weeks[0]), loadedOn(p0.weeks[1])];
  assert.ok(w1 && w2);
  const entries = [good(w1.date), { ...good(w2.date), status: 'skipped' as const, effort: null, painDuring: null }];
  const p = adjusted(once, entries, p0.weeks[2].startDate);
  const a = p.weeks[3].adjustment;
  assert.ok(a);
  assert.equal(a.action, 'go-on');
  assert.equal(a.doses, 2);
  assert.deepEqual(loadedOn(p.weeks[3])?.drills, loadedOn(p.weeks[2])?.drills, 'the same drills as week 3');
  assert.equal(
    say(a),
    "This week counts as the next step, week 2's, which with one session a week keeps the same dose: the dose steps up only every second session.",
  );
  assert.ok(a.ruleIds.includes('R9'));
  // With two sessions a week the step on is a real step, and says nothing of the kind.
  const two = adjusted(b1, [...week1With({}).filter((e) => e.date <= p1.weeks[0].endDate)], p1.weeks[2].startDate);
  const onTwo = two.weeks.find((w) => w.adjustment?.action === 'go-on')?.adjustment;
  assert.ok(onTwo, 'week 2 missed: week 3 repeats week 1, week 4 goes on');
  assert.doesNotMatch(say(onTwo), /keeps the same dose/);
});

test('C40: calf sessions before the first check-in were never logged, not missed: a first check-in in week 2 keeps it', () => {
  // Phone review: week 1 done but never logged, then Monday of week 2 checked in as partly done. It turned week 1 into
  // two missed sessions and rewrote the session just done (and the rest of week 2) to week 1's dose.
  const monday = p1.weeks[1].sessions[0];
  const p = adjusted(b1, [{ ...good(monday.date), week: 2, status: 'partly' }], p1.weeks[1].sessions[1].date);
  assert.equal(stepOf(p.weeks[1]), 2, "week 2 keeps its own dose: week 1's sessions are not counted as missed");
  assert.deepEqual(p.weeks[1].sessions[0].drills, monday.drills, 'the session just done is shown as it was done');
  // Check-ins of an earlier plan still on the device do not count as this plan's first (physiotherapist's read).
  const earlier = [good('2025-02-10'), good('2025-02-14')];
  const withEarlier = adjusted(
    b1,
    [...earlier, { ...good(monday.date), week: 2, status: 'partly' }],
    p1.weeks[1].sessions[1].date,
  );
  assert.equal(stepOf(withEarlier.weeks[1]), 2);
  // A first check-in that is a skip, in week 3: weeks 1-2 count as done, so week 4 goes back to week 2's dose, the last
  // one done, not week 1's (physiotherapist's read).
  const skip3 = { ...good(p1.weeks[2].sessions[0].date), week: 3, status: 'skipped' as const, effort: null };
  const third = adjusted(b1, [{ ...skip3, painDuring: null, nextMorning: undefined }], p1.weeks[3].sessions[1].date);
  assert.equal(stepOf(third.weeks[3]), 2);
  // Monday skipped and Friday never checked in are said together, not the skip alone (physiotherapist's read).
  assert.match(
    say(third.weeks[3].change.reason),
    /2 calf sessions of the week before, the first on Mon 17 Mar, were skipped or have no check-in, so they count as missed/,
  );
  // From the first check-in on, an unlogged calf session still counts as missed once its week is over.
  const later = adjusted(b1, [{ ...good(monday.date), week: 2 }], p1.weeks[2].startDate);
  assert.match(say(later.weeks[2].change.reason), /the session on Fri 14 Mar has no check-in, so it counts as missed/);
});
