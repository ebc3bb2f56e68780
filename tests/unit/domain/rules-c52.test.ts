// C52: a run could hurt 5/10 (rule 7's middle band, made for Achilles tendon pain) in a calf muscle that hurts now or a
// shin that hurt while hopping (a physiotherapist's read: "the tendon limit applied to a muscle, against C50's own
// reasoning"). There the running limit is rule 7's safe band, 3/10; a tendon keeps 5/10.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepsCalfLimit } from '../../../src/domain/adjust/calf-limit.ts';
import { asksCalfPlace, morningOf, responseOf } from '../../../src/domain/adjust/response.ts';
import { createPlan, morningText, type Plan, say } from '../../../src/domain/index.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';
import { base, checkIn, firstLoaded, loaded, plan } from './helpers.ts';

const runningRule = (b: Parameters<typeof base>[0]) => {
  const f = plan(base(b)).summary.flags.find((x) => x.id === 'flag.running-pain-monitoring');
  assert.ok(f, 'the running pain rule is said');
  return { words: say(f), ids: f.ruleIds };
};

test('C52 running with calf-muscle pain now or hopping pain in a shin or calf keeps to 3/10; a tendon keeps 5/10', () => {
  const calf = runningRule({ painNow: 2, painLocations: ['calf'] });
  assert.match(calf.words, /more strictly for the calf muscle: pain there during a run at most 3\/10/);
  assert.match(calf.words, /the calf hurts 4\/10 or more at rest, see a physiotherapist or doctor/);
  assert.ok(calf.ids.includes('C52'));
  assert.doesNotMatch(calf.words, /at most 5\/10/);

  for (const pain of [3, 5]) {
    const shin = runningRule({ hopTest: { left: 30, right: 30, pain, where: ['shin'] } });
    assert.match(shin.words, /more strictly for the shin: pain there during a run at most 3\/10/, `hop pain ${pain}`);
    assert.match(shin.words, /a shin hurts at one point, at night or at rest/, `hop pain ${pain}`);
    assert.ok(shin.ids.includes('C52'));
    // Nor does the shin's note give leave to build running (second physiotherapist's read).
    const note = plan(base({ hopTest: { left: 30, right: 30, pain, where: ['shin'] } })).summary.flags.find(
      (f) => f.id === 'flag.shin',
    );
    assert.ok(note);
    assert.match(say(note), /while hopping hurts your shin, keep your running where it is rather than building it/);
  }
  const shinHistory = plan(base({ history: { ...base().history, shinPain: true } })).summary.flags.find(
    (f) => f.id === 'flag.shin',
  );
  assert.ok(shinHistory);
  assert.match(say(shinHistory), /keep running increases to 20% a week at most/);
  const both = runningRule({
    painNow: 1,
    painLocations: ['calf'],
    hopTest: { left: 30, right: 30, pain: 3, where: ['calf', 'shin'] },
  });
  assert.match(both.words, /more strictly for the calf muscle and the shin/);

  // A calf that hurt hopping keeps 3/10 during the sessions too, held by C22 (over 5) or not (third physiotherapist's
  // read: 7/10 hopping in the calf muscle still read "during the session, pain stays at 5/10 or less").
  for (const pain of [3, 7]) {
    const p = plan(base({ hopTest: { left: 30, right: 30, pain, where: ['calf'] } }));
    const during = firstLoaded(p, 1).readiness.find((c) => c.id === 'check.pain-during');
    assert.ok(during);
    assert.match(say(during), /5\/10 or less \(in the calf muscle, 3\/10\)/, `hop pain ${pain}`);
  }
  // Achilles tendon pain keeps rule 7's 5/10, and no C52.
  const tendon = runningRule({ painNow: 3, painLocations: ['achilles-midportion'] });
  assert.match(tendon.words, /pain during a run at most 5\/10/);
  assert.ok(!tendon.ids.includes('C52'));
  // Hopping pain of 2 or less brings no running rule at all (hops may go on).
  const low = plan(base({ hopTest: { left: 30, right: 30, pain: 2, where: ['shin'] } }));
  assert.equal(
    low.summary.flags.some((x) => x.id === 'flag.running-pain-monitoring'),
    false,
  );
});

test("C52 after a step back, and in C49's note, a run keeps a sore calf muscle to 3/10; while C22 has runs wait, nothing", () => {
  // Two calf sessions in a row with a much stiffer morning: the first steps back (rule 8), the second holds (C49).
  const logged = (b: ReturnType<typeof base>) => {
    const [x, y] = loaded(plan(b)).slice(1, 3);
    const weekOf = (d: string) => plan(b).weeks.find((w) => w.sessions.some((s) => s.date === d))!;
    const entries = [x, y].map((s) =>
      checkIn(s.date, weekOf(s.date).number, weekOf(s.date).sessions.indexOf(s) + 1, {
        nextMorning: { pain: 1, stiffness: 'much-more' },
      }),
    );
    const r = createPlan(b, { log: { version: 1, entries }, today: y.date });
    const after = createPlan(b, { log: { version: 1, entries }, today: addDays(y.date, 2) });
    assert.ok(r.ok && r.result.kind === 'plan' && after.ok && after.result.kind === 'plan');
    return { stepped: r.result, held: after.result, entry: entries[0] };
  };
  const stepBack = (p: Plan) => p.weeks.map((w) => w.adjustment).find((a) => a?.action === 'step-back');
  const calf = logged(base({ painNow: 2, painLocations: ['calf'] }));
  const STRICT = /with pain during a run at most 5\/10 \(in the calf muscle, 3\/10\)/;
  assert.match(say(stepBack(calf.stepped)!), STRICT);
  const flag = calf.held.summary.flags.find((f) => f.id === 'flag.worse-again');
  // C49's note does not know which place is getting worse: both of C52's places keep 3/10 (physiotherapist's read).
  const BOTH = /with pain during a run at most 5\/10 \(in the calf muscle and the shin, 3\/10\)/;
  assert.match(say(flag!), BOTH);
  assert.ok(flag?.ruleIds.includes('C52'));
  const morning = morningOf(calf.entry.nextMorning!, 2);
  assert.match(morningText(morning, responseOf(calf.entry, 2), null, undefined, calf.stepped.summary), STRICT);
  // A tendon keeps rule 7's 5/10.
  const tendon = logged(base({ painNow: 2, painLocations: ['achilles-midportion'] }));
  assert.match(say(stepBack(tendon.stepped)!), /with pain during a run at most 5\/10\./);
  // ...but not once two sessions in a row went badly: then the calf muscle and the shin keep 3/10 too (C49).
  const tendonFlag = tendon.held.summary.flags.find((f) => f.id === 'flag.worse-again');
  assert.match(say(tendonFlag!), BOTH);
  // Hopping pain over 5 (C22): the runs wait for a clinician, so a step back says nothing of running.
  const waits = logged(base({ hopTest: { left: 30, right: 30, pain: 7, where: ['calf'] } }));
  assert.equal(waits.stepped.summary.runsWait, true);
  assert.doesNotMatch(say(stepBack(waits.stepped)!), /Keep runs easy/);
  assert.doesNotMatch(morningText(morning, responseOf(waits.entry, 2), null, undefined, waits.stepped.summary), /runs/);
});

test('C52 in the log: pain during of 4-5 in a sore calf muscle steps the next session back; elsewhere it repeats', () => {
  const b = base({ painNow: 2, painLocations: ['calf'] });
  const first = plan(b);
  const s = loaded(first)[0];
  assert.ok(keepsCalfLimit(s), 'the session keeps the calf muscle to 3/10');
  assert.ok(!keepsCalfLimit(loaded(plan(base({})))[0]), 'a plan with no sore calf does not');
  const logged = (calf: boolean) => {
    const entry = checkIn(s.date, 1, first.weeks[0].sessions.indexOf(s) + 1, { painDuring: 4, painDuringCalf: calf });
    const r = createPlan(b, { log: { version: 1, entries: [entry] }, today: addDays(s.date, 1) });
    assert.ok(r.ok && r.result.kind === 'plan');
    return { r: responseOf(entry, 2), plan: r.result };
  };
  const calf = logged(true);
  assert.equal(calf.r.action, 'step-back');
  assert.ok(calf.r.ruleIds.includes('C52'));
  const next = calf.plan.weeks.flatMap((w) => w.sessions).find((x) => x.date > s.date && x.kind === 'loaded');
  const note = next?.notes.find((n) => n.id === 'session.step-back');
  assert.ok(note, 'the next calf session steps back');
  assert.match(
    say(note),
    /pain in your calf muscle during the session on .* went over 3\/10, its limit while it hurts/,
  );
  // What a second one would bring names what just happened (phone review, physiotherapist's second read).
  assert.match(
    say(note),
    /Two calf sessions in a row like that \(pain during over 5\/10, or over 3\/10 in the calf muscle, or/,
  );
  assert.equal(logged(false).r.action, 'repeat', 'pain of 4 elsewhere: the dose repeats (rule 7, C39)');
  // Where the plan keeps no calf limit (rule 7's 5/10), a calf answer carried over from elsewhere changes nothing.
  const other = base({});
  const o = loaded(plan(other))[0];
  const entry = checkIn(o.date, 1, plan(other).weeks[0].sessions.indexOf(o) + 1, {
    painDuring: 4,
    painDuringCalf: true,
  });
  const r = createPlan(other, { log: { version: 1, entries: [entry] }, today: addDays(o.date, 1) });
  assert.ok(r.ok && r.result.kind === 'plan');
  const after = r.result.weeks.flatMap((w) => w.sessions).find((x) => x.date > o.date && x.kind === 'loaded');
  assert.ok(!after?.notes.some((n) => n.id === 'session.step-back'), 'no step back without the calf limit');
});

test("C52 the check-in asks where pain during was only between the calf limit and rule 7's: 4 and 5", () => {
  assert.deepEqual(
    [0, 3, 4, 5, 6, 10].map(asksCalfPlace),
    [false, false, true, true, false, false],
    'up to 3 is within the calf limit; over 5 steps back wherever it was',
  );
});
