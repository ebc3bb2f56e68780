// C54: a calf clearly weaker than the other (under rule 5's 90%, by rule 4's 6 reps of test noise or in both knee
// positions alike, the weaker side short of rule 3's 25) that no old injury in the answers explains. Under C3's 15
// raises it asks for a check first; above, a note. Physiotherapist's reads: 5 raises against 12 was referred (C20), 6
// against 12 planned with no word of a check; then, a note was too soft for 6 against 12.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
  asksForClinician,
  type Baseline,
  createPlan,
  type Plan,
  say,
  symmetryText,
  weekTitle,
} from '../../../src/domain/index.ts';
import { base, plan } from './helpers.ts';

const gapNote = (p: Plan) => p.summary.flags.find((f) => f.id === 'flag.unexplained-gap');
const counts = (sl: number, sr: number, bl?: number, br?: number): Partial<Baseline> => ({
  straightKnee: { left: sl, right: sr },
  bentKnee: bl === undefined || br === undefined ? undefined : { left: bl, right: br },
});

test('C54 a weaker side under 15 raises that nothing explains asks for a check first; the plan still stands', () => {
  const p = plan(base(counts(6, 12, 8, 12)));
  const note = gapNote(p);
  assert.ok(note && note.id === 'flag.unexplained-gap', 'the request');
  assert.equal(
    say(note),
    'Your left calf did 6 straight-knee raises to your right’s 12 (50%). That side is under 15 raises and nothing in your answers explains it: it may be an old injury not fully healed. Book a physiotherapist or doctor to check it before week 3 starts on Mon 17 Mar. Go straight away if the calf hurts, swells or makes you limp, or with numbness, pins and needles, or pain spreading from your back down that leg. Until the check, keep your running where it is; weeks 3 and 4 keep week 2’s dose. Cleared to train? Then tick “checked” under the history questions.',
  );
  assert.equal(asksForClinician(note), true, 'shown first, above today’s session');
  assert.ok(note.ruleIds.includes('C54') && note.ruleIds.includes('C3'));
  assert.equal(p.weeks.length, 4);
  // ...and week 4 does not invite building the running it asks to keep where it is (physiotherapist's read).
  assert.ok(!p.weeks.flatMap((w) => w.notes).some((n) => n.id === 'week.running-increase'));
  assert.ok(plan(base(counts(24, 30, 20, 20))).weeks[3].notes.some((n) => n.id === 'week.running-increase'));
  // 14 against 24 too.
  const fourteen = gapNote(plan(base(counts(14, 24, 12, 20))));
  assert.ok(fourteen && asksForClinician(fourteen));
  // A gap of twice the test's noise (12 reps) asks too, whatever the counts (physiotherapist's read: 24 against 45 got
  // a note, 25 against 45 nothing).
  for (const [l, r] of [
    [24, 45],
    [25, 45],
  ]) {
    const wide = gapNote(plan(base(counts(l, r, 30, 30))));
    assert.ok(wide && asksForClinician(wide), `${l}/${r}`);
    // Said as the reason it is asked about: the gap, not a count under 15 (physiotherapist's read).
    assert.match(say(wide), /\(\d+(\.\d)?%\)\. Nothing in your answers explains a gap this size: /);
  }
});

test('C54 a smaller clear gap is a note among the others, with the non-dominant leg’s share of it', () => {
  const note = gapNote(plan(base(counts(24, 30, 20, 20))));
  assert.ok(note);
  assert.equal(asksForClinician(note), false);
  assert.equal(
    say(note),
    'Your left calf did 24 straight-knee raises to your right’s 30 (80%). If it is your non-dominant leg, that explains only about 1 rep of it. If you do not know why that calf is weaker, a physiotherapist or doctor can check it, sooner if it hurts or keeps getting weaker.',
  );
  // The wider gap of the two knee positions is the one named.
  const bent = gapNote(plan(base(counts(24, 30, 20, 12))));
  assert.match(bent ? say(bent) : '', /^Your right calf did 12 bent-knee raises to your left’s 20 \(60%\)/);
  // Within the noise (5 apart), but both knee positions show the same side weaker, 8 reps together: likely real.
  assert.equal(gapNote(plan(base(counts(19, 24, 18, 21))))?.id, 'flag.unexplained-gap');
  // Rule 2's norms are straight-knee counts: a bent-knee gap is not measured against the non-dominant leg.
  const bentOnly = gapNote(plan(base(counts(24, 25, 12, 20))));
  assert.ok(bentOnly);
  assert.doesNotMatch(say(bentOnly), /non-dominant/);
});

test('C54 no word when the gap is within the noise, within 10%, past the runner-ready 25, untested, or explained', () => {
  // Worked example 2 (8/9 and 6/7): both knee positions weaker on the left, but by 2 reps together (physiotherapist's
  // read: it was asked to see a clinician).
  assert.equal(gapNote(plan(base(counts(8, 9, 6, 7)))), undefined);
  // 19 against 24 is 79% but only 5 reps apart, and the bent knee is even.
  assert.equal(gapNote(plan(base(counts(19, 24, 20, 20)))), undefined);
  // 54 against 60 is 6 reps apart but 90%.
  assert.equal(gapNote(plan(base(counts(54, 60, 20, 20)))), undefined);
  // 40 against 46 is 87%, past the runner-ready 25 (rule 3) and under twice the noise: no sign of an injury.
  assert.equal(gapNote(plan(base(counts(40, 46, 30, 30)))), undefined);
  // Bent knee untested: its fallback to the straight-knee counts (C4) is no second gap.
  assert.equal(gapNote(plan(base(counts(22, 23)))), undefined);
  // A strain on the weaker side: C13's check speaks for it, once.
  const history = base().history;
  const strained = plan(base({ ...counts(28, 18, 24, 15), history: { ...history, calfStrain: 'right' } }));
  assert.equal(gapNote(strained), undefined);
  assert.ok(strained.summary.flags.some((f) => f.id === 'flag.old-injury'));
  // A cleared strain on the STRONGER side does not speak for the weaker one (physiotherapist's read).
  const cleared = plan(
    base({ ...counts(28, 18, 24, 15), history: { ...history, calfStrain: 'left', strainCleared: true } }),
  );
  assert.equal(gapNote(cleared)?.id, 'flag.unexplained-gap');
});

test('C54 and the summary read "both knee positions agree" alike: the gaps together must reach the test noise', () => {
  // Physiotherapist's read: 18/15 with 15/13 (5 reps together) was called "likely real" by the summary while C54, by
  // the same measure, left it as noise.
  const line = (sl: number, sr: number, bl: number, br: number) => {
    const p = plan(base(counts(sl, sr, bl, br)));
    return symmetryText(p.summary.symmetry.straightKnee);
  };
  assert.match(line(18, 15, 15, 13), /so your retest will show whether the gap is real/);
  assert.doesNotMatch(line(18, 15, 15, 13), /likely real/);
  assert.match(line(14, 9, 12, 8), /both knee positions show the right side weaker, so the gap is likely real/);
});

test('C54 beside C42: a side the retest found weaker keeps its counts and held running, and leaves the check to C42', () => {
  // Physiotherapist's read: a right calf falling 20 -> 13 at a retest was told it "may be an old injury that has not
  // fully healed" and to be checked "before your retest", four weeks on, under C42's check before the block builds.
  const b1 = base(counts(22, 20));
  const b2 = { ...b1, ...counts(24, 13), startDate: addDays(b1.startDate, 28) };
  const r = createPlan(b2, { log: { version: 1, entries: [] }, today: b2.startDate, earlier: [b1] });
  assert.ok(r.ok && r.result.kind === 'plan');
  const flags = r.result.summary.flags;
  const drop = flags.findIndex((f) => f.id === 'flag.retest-drop');
  const note = gapNote(r.result);
  assert.ok(drop >= 0 && note, 'both notes');
  assert.ok(flags.indexOf(note) > drop, 'after the check it points to');
  assert.equal(
    say(note),
    'Your right calf did 13 straight-knee raises to your left’s 24 (54.2%). It is the side your retest found weaker than before: keep your running where it is until it has been checked, as asked above.',
  );
  assert.ok(asksForClinician(note) && note.ruleIds.includes('C42'));
  assert.ok(!r.result.weeks.flatMap((w) => w.notes).some((n) => n.id === 'week.running-increase'));
  // The same gap at a first test is still C54's own request, and a smaller gap on the fallen side says nothing more.
  assert.match(say(gapNote(plan(base(counts(24, 13))))!), /may be an old injury not fully healed/);
  const even = base(counts(22, 22));
  assert.ok(gapNote(plan(base(counts(24, 16)))), 'a note at a first test');
  const small = { ...even, ...counts(24, 16), startDate: b2.startDate };
  const s = createPlan(small, { log: { version: 1, entries: [] }, today: small.startDate, earlier: [even] });
  assert.ok(s.ok && s.result.kind === 'plan');
  assert.ok(s.result.summary.flags.some((f) => f.id === 'flag.retest-drop'));
  assert.equal(gapNote(s.result), undefined);
});

test('C13 beside C42: an old Achilles injury whose weaker side the retest found fallen is checked now, not before the next retest', () => {
  // Second physiotherapist's read: "check it has healed before your retest on Mon 28 Apr" stood under C42's check.
  const h = { ...base().history, achillesTendinopathy: true, achillesPart: 'midportion' as const };
  const b1 = base({ ...counts(22, 20), history: h });
  const b2 = { ...b1, ...counts(24, 13), startDate: addDays(b1.startDate, 28) };
  const r = createPlan(b2, { log: { version: 1, entries: [] }, today: b2.startDate, earlier: [b1] });
  assert.ok(r.ok && r.result.kind === 'plan');
  const old = r.result.summary.flags.find((f) => f.id === 'flag.old-injury');
  assert.ok(old && asksForClinician(old) && r.result.summary.flags.some((f) => f.id === 'flag.retest-drop'));
  assert.match(say(old), /to check it has healed now, as your retest found a side weaker than before \(above\)/);
  assert.doesNotMatch(say(old), /before your retest/);
  // At a first test the same gap is checked before week 3 (C54's hold), not "now".
  const first = plan(base({ ...counts(24, 13), history: h })).summary.flags.find((f) => f.id === 'flag.old-injury');
  assert.ok(first);
  assert.match(say(first), /before week 3 starts on Mon 17 Mar/);
});

test('C54 a gap asked about first keeps weeks 3 and 4 at week 2’s dose until a clinician has looked at it', () => {
  // Two physiotherapist's reads: the check came "before your retest" while week 3 loaded more (72-year-old, 16/12).
  const gapHeld = (p: Plan) => p.weeks.slice(2).every((w) => w.change.reason.id === 'change.held-gap');
  const dose = (p: Plan, w: number) =>
    JSON.stringify(p.weeks[w - 1].sessions.find((s) => s.kind === 'loaded')?.drills.map((d) => [d.left, d.right]));
  const held = plan(base(counts(6, 12, 8, 12)));
  assert.ok(gapHeld(held), 'weeks 3 and 4 wait for the check');
  assert.notEqual(held.weeks[1].change.reason.id, 'change.held-gap', 'week 2 builds as planned');
  assert.equal(dose(held, 3), dose(held, 2));
  assert.equal(dose(held, 4), dose(held, 2));
  assert.equal(
    say(held.weeks[2].change.reason),
    'Same dose as week 2 until a clinician has checked the gap between your calves.',
  );
  assert.equal(weekTitle(held.weeks[2]), 'Week 3: Same dose, on hold');
  // Nothing new starts meanwhile: no hops, no strides, and the weeks say why.
  assert.ok(held.weeks.every((w) => w.sessions.every((s) => s.drills.every((d) => !/hop|strides/.test(d.drill)))));
  // ...and that a clinician's all-clear alone will not start them: their own checks are not met (physiotherapist's read).
  assert.match(say(held.weeks[2].focus), /^Your dose is held \(see the note at the top\), and hops are locked anyway/);
  assert.match(
    say(held.weeks[3].focus),
    /^Your dose is held \(see the note at the top\), and strides are locked anyway/,
  );
  // Ticked "checked": the same answers build as usual, week 3 one change on from week 2, and running may build.
  const checked = plan(base({ ...counts(6, 12, 8, 12), history: { ...base().history, gapChecked: true } }));
  assert.ok(!checked.weeks.some((w) => w.change.reason.id === 'change.held-gap'));
  assert.notEqual(dose(checked, 3), dose(checked, 2));
  assert.ok(checked.weeks[3].notes.some((n) => n.id === 'week.running-increase'));
  const note = gapNote(checked);
  assert.ok(note && !asksForClinician(note), 'a note now, not a request first');
  assert.match(say(note), /has looked at it since this test and cleared you to train: your plan builds as usual/);
  // A smaller gap (a note, not a request) holds nothing.
  assert.ok(!gapHeld(plan(base(counts(24, 30, 20, 20)))));
  // A block held from week 1 (a strain not cleared on the weaker side) says week 1, not week 2.
  const strained = plan(base({ ...counts(6, 12, 8, 12), history: { ...base().history, calfStrain: 'left' } }));
  assert.ok(strained.weeks.slice(1).every((w) => w.change.reason.id === 'change.held-strain'));
  assert.ok(!strained.summary.flags.some((f) => 'holdOn' in f && f.holdOn));
});

test('C54 a wide gap not yet checked at a retest holds that block’s weeks 3 and 4 too', () => {
  const b1 = base({ ...counts(10, 20, 10, 18), history: { ...base().history, gapChecked: true } });
  const b2 = { ...b1, ...counts(12, 22, 12, 20), history: base().history, startDate: addDays(b1.startDate, 28) };
  const r = createPlan(b2, { log: { version: 1, entries: [] }, today: b2.startDate, earlier: [b1] });
  assert.ok(r.ok && r.result.kind === 'plan');
  assert.ok(r.result.weeks.slice(2).every((w) => w.change.reason.id === 'change.held-gap'));
  const note = gapNote(r.result);
  assert.ok(note && asksForClinician(note));
  // Physiotherapist's read: "Nothing in your answers explains" and "has not been checked yet" were untrue after a check.
  assert.match(
    say(note),
    /^Your left calf did 12 straight-knee raises to your right’s 22 \(54\.5%\)\. A physiotherapist or doctor looked at it after your last test, and the gap is still there\. Show them these counts before week 3 starts on Mon 14 Apr\./,
  );
  assert.match(say(r.result.weeks[2].change.reason), /^Same dose as week 2 until a clinician has seen these counts\.$/);
  // Not checked at block 1: the request is the first one.
  const fresh = createPlan(
    { ...b2 },
    { log: { version: 1, entries: [] }, today: b2.startDate, earlier: [{ ...b1, history: base().history }] },
  );
  assert.ok(fresh.ok && fresh.result.kind === 'plan');
  assert.match(say(gapNote(fresh.result)!), /That side is under 15 raises and nothing in your answers explains it/);
});
