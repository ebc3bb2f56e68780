// Shared test helpers: fixtures, a fast-check arbitrary of VALID baselines, and plan walkers.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { waitsForCheck } from '../../../src/domain/adjust/lighter.ts';
import {
  type Baseline,
  createPlan,
  EQUIPMENT,
  effortText,
  exampleBaseline,
  GATE_TITLES,
  type Gate,
  keepGoingText,
  loadText,
  type NormsSummary,
  normsText,
  PAIN_LOCATIONS,
  type Phrase,
  type Plan,
  type PlanOrReferral,
  type PlanSummary,
  type PrescribedDrill,
  RED_FLAG_IDS,
  RETEST_TEXT,
  type Referral,
  referralTitle,
  type Session,
  type Symmetry,
  say,
  sessionTitle,
  symmetryText,
  targetText,
  testProtocol,
  WEEKDAYS,
  type Week,
  weekTitle,
} from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import { addDays } from '../../../src/domain/prescribe/schedule.ts';

export const FIXTURES = new URL('../../fixtures/baselines/', import.meta.url);
export function fixture(name: string): Baseline {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Baseline;
}

export const NO_FLAGS = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Baseline['redFlags'];

/** exampleBaseline with overrides (deep-copied, so tests never share state). A hop test that hurt and says nowhere
 * hurt in the calf muscle: the form asks where hopping hurt (C22), and the calf muscle is the one place that changes
 * nothing (rule 17 reads the heel bone, C22's bone-stress check a shin or heel), so tests of how MUCH hopping hurt
 * keep their meaning. Tests of where it hurt say so. */
export function base(over: Partial<Baseline> = {}): Baseline {
  const b = { ...structuredClone(exampleBaseline), ...structuredClone(over) };
  if (b.hopTest && b.hopTest.pain > 0 && !b.hopTest.where) b.hopTest.where = ['calf'];
  return b;
}

/** A 70-year-old with a step, 22/22 and 20/20 raises and a pain-free hop test: hops come into a session already near
 * its 35 minutes (C30), so a hop week must make room (the strides first, then the raises' pause). */
export const HOPS_MAKE_ROOM: Baseline = base({
  age: 70,
  straightKnee: { left: 22, right: 22 },
  bentKnee: { left: 20, right: 20 },
  equipment: ['step'],
  hopTest: { left: 32, right: 31, pain: 0 },
});

/** Worked example 1's running week (hard Thu, long Sun) with easy runs on the other days too, so its calf sessions
 * fall on run days and can list the strides (C16: a calf session on a day without a run does not). */
export const RUNS_ON_CALF_DAYS = {
  runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
} satisfies Partial<Baseline>;

/** A runner whose hop test was pain-free but whose counts (under 25) keep the hop gate locked: week 4 brings strides,
 * not new hops (C16, C36; #14: strides wait for a pain-free hop test). */
export const STRIDES: Baseline = base({
  straightKnee: { left: 22, right: 21 },
  bentKnee: { left: 20, right: 20 },
  ...RUNS_ON_CALF_DAYS,
});

/** A runner whose loaded session has no room for strides (C30), so they follow an easy run (C16): from block 2's week 4
 * (sameCountBlocks), on the easy runs Tue and Sat of worked example 1's running week (runs Tue, Thu hard, Sat, Sun
 * long; loaded sessions Mon and Fri). */
export const STRIDES_AFTER_RUN: Baseline = base({
  age: 21,
  straightKnee: { left: 33, right: 32 },
  bentKnee: null,
  equipment: ['weights'],
  hopTest: { left: 24, right: 24, pain: 0 },
  painLocations: ['calf', 'plantar-heel'],
});

export function result(input: unknown): PlanOrReferral {
  const r = createPlan(input);
  if (!r.ok) throw new Error(`unexpected field errors: ${JSON.stringify(r.errors)}`);
  return r.result;
}
export function plan(input: unknown): Plan {
  const r = result(input);
  if (r.kind !== 'plan') throw new Error(`expected a plan, got a referral: ${referralTitle(r)}`);
  return r;
}
export function referral(input: unknown): Referral {
  const r = result(input);
  if (r.kind !== 'referral') throw new Error('expected a referral, got a plan');
  return r;
}

export const sessions = (p: Plan): Session[] => p.weeks.flatMap((w) => w.sessions);
export const loaded = (p: Plan): Session[] => sessions(p).filter((s) => s.kind === 'loaded');
export const drills = (p: Plan): PrescribedDrill[] => sessions(p).flatMap((s) => s.drills);
export const drillIds = (p: Plan): Set<string> => new Set(drills(p).map((d) => d.drill));
export const weekDrillIds = (p: Plan, n: number): Set<string> =>
  new Set(p.weeks[n - 1].sessions.flatMap((s) => s.drills.map((d) => d.drill)));
export const firstLoaded = (p: Plan, n: number): Session =>
  p.weeks[n - 1].sessions.find((s) => s.kind === 'loaded') as Session;

/** Blocks 1..n of a runner retested at the same counts every four weeks, each planned after the ones before (C41). */
export function sameCountBlocks(first: Baseline, n: number): Plan[] {
  const tests = [first];
  for (let i = 1; i < n; i++) tests.push({ ...tests[i - 1], startDate: addDays(tests[i - 1].startDate, 28) });
  return tests.map((t, i) => {
    const r = createPlan(t, { log: { version: 1, entries: [] }, today: t.startDate, earlier: tests.slice(0, i) });
    if (!r.ok || r.result.kind !== 'plan') throw new Error(`block ${i + 1} is not a plan`);
    return r.result;
  });
}

/** Every sentence a reader sees for a Plan or Referral (or any part of one), in its words from explain/, plus the
 * plain strings in it (dates, ids): for wording checks. */
export function texts(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) texts(v, out);
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.id === 'string' && (o.id.includes('.') || o.id === 'cramp')) out.push(say(o as unknown as Phrase));
    if (o.kind === 'referral') out.push(referralTitle(o as unknown as Referral));
    if (typeof o.number === 'number' && 'phase' in o) out.push(weekTitle(o as unknown as Week));
    if ((o.kind === 'loaded' || o.kind === 'activation') && 'drills' in o)
      out.push(sessionTitle(o as unknown as Session));
    if ('knee' in o && 'verdict' in o) out.push(symmetryText(o as unknown as Symmetry));
    if ('reference' in o && 'target' in o) {
      const n = o as unknown as NormsSummary;
      out.push(normsText(n), targetText(n.target, false));
    }
    if ('nextDrills' in o) out.push(keepGoingText(o as unknown as PlanSummary['keepGoing']));
    if ('status' in o && 'conditions' in o) out.push(GATE_TITLES[(o as unknown as Gate).id]);
    // The summary's retest (with flatFloor) is worded; a block's retest comparison is data only.
    if (o.retest && typeof o.retest === 'object' && 'flatFloor' in o.retest)
      out.push(RETEST_TEXT, ...testProtocol(o as unknown as PlanSummary));
    if ('drill' in o && 'stance' in o) {
      const d = o as unknown as PrescribedDrill;
      if (d.load) out.push(loadText(d.load));
      if (d.effortPercent != null) out.push(effortText(d.effortPercent));
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'id') texts(v, out);
  }
  return out;
}

/** Every rule id a value cites (each `ruleIds` list, at any depth), in order, repeats kept. */
export function ruleIds(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) for (const v of x) ruleIds(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'ruleIds') out.push(...(v as string[]));
      else ruleIds(v, out);
    }
  }
  return out;
}

// ---- arbitrary of valid baselines ----

const count = (max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
  );
/** Mostly near-symmetric pairs (so gates open often), sometimes anything. */
const pair = (max: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.record({ left: count(max), right: count(max) }) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.integer({ min: 6, max: 60 }), fc.integer({ min: -3, max: 3 }))
        .map(([a, d]) => ({ left: a, right: Math.max(0, a + d) })),
    },
  );
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: a },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
const rare = fc.oneof({ weight: 50, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const bool = fc.boolean();

const runningWeek = fc.subarray([...WEEKDAYS]).chain((runDays) =>
  fc.record({
    runDays: fc.shuffledSubarray(runDays, { minLength: runDays.length }),
    longRunDay: runDays.length ? fc.constantFrom(null, ...runDays) : fc.constant(null),
    hardDays: fc.subarray(runDays),
  }),
);

export const validBaseline: fc.Arbitrary<Baseline> = fc
  .record({
    // Under 16 with heel pain refers (C24), so younger ages are sampled less often.
    age: maybe(
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 16, max: 100 }) },
        { weight: 1, arbitrary: fc.integer({ min: 10, max: 100 }) },
      ),
    ),
    sex: maybe(fc.constantFrom('female' as const, 'male' as const)),
    straightKnee: pair(150),
    // Bent-knee counts far apart or at 1-5 refer as straight-knee ones do (C20), so close pairs are sampled more often.
    bentKnee: maybe(
      fc.oneof(
        { weight: 1, arbitrary: pair(150) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(fc.integer({ min: 9, max: 60 }), fc.integer({ min: -3, max: 3 }))
            .map(([a, d]) => ({ left: a, right: a + d })),
        },
      ),
    ),
    hopTest: maybe(
      fc
        .record({
          left: fc.integer({ min: 0, max: 80 }),
          right: fc.integer({ min: 0, max: 80 }),
          pain: fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: 0, max: 2 }) },
            { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
          ),
          // Where hopping hurt: asked whenever it hurt (C22), so never empty then.
          where: fc.subarray([...PAIN_LOCATIONS], { minLength: 1 }),
        })
        .map((h) => (h.left % 3 === 0 ? { ...h, right: h.left } : h))
        .map(({ where, ...h }) => (h.pain > 0 ? { ...h, where } : h)),
    ),
    painNow: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
    ),
    // Shin pain with a pain score refers (C23), and so does calf pain of 4 or more (C50), so most samples leave the shin
    // and the calf out to keep plans common.
    painLocations: fc.oneof(
      { weight: 3, arbitrary: fc.subarray(PAIN_LOCATIONS.filter((p) => p !== 'shin' && p !== 'calf')) },
      { weight: 1, arbitrary: fc.subarray(PAIN_LOCATIONS.filter((p) => p !== 'shin')) },
      { weight: 1, arbitrary: fc.subarray([...PAIN_LOCATIONS]) },
    ),
    history: fc
      .record({
        calfStrain: fc.constantFrom('none' as const, 'left' as const, 'right' as const, 'both' as const),
        achillesTendinopathy: bool,
        achillesPart: fc.constantFrom('midportion' as const, 'insertional' as const),
        plantarHeelPain: bool,
        shinPain: bool,
        crampsInLongRuns: bool,
      })
      // The part is asked only with an Achilles history (C27): without one it is not known.
      .map((h) => (h.achillesTendinopathy ? h : { ...h, achillesPart: null })),
    redFlags: fc.record(
      Object.fromEntries(RED_FLAG_IDS.map((id) => [id, rare])) as Record<
        keyof Baseline['redFlags'],
        fc.Arbitrary<boolean>
      >,
    ),
    sessionsPerWeek: fc.integer({ min: 1, max: 3 }),
    equipment: fc.subarray([...EQUIPMENT]),
    week: runningWeek,
    startOffset: fc.integer({ min: 0, max: 36_000 }),
  })
  // A pain score with no place ticked is asked about, not planned (missingAnswers): such samples score 0.
  .map(({ week, startOffset, ...b }) => ({ ...b, ...week, startDate: addDays('2000-01-01', startOffset) }) as Baseline)
  .map((b) => (b.painNow > 0 && b.painLocations.length === 0 ? { ...b, painNow: 0 } : b));

/** Issue 12's warning signs read straight from a baseline, independently of the engine (C20-C24, C50, C51). */
export function warningSignApplies(b: Baseline): boolean {
  const sk = b.straightKnee;
  const low = Math.min(sk.left, sk.right);
  const high = Math.max(sk.left, sk.right);
  // Now or while hopping (C22's question, where hopping hurt).
  const places = [...b.painLocations, ...(b.hopTest?.where ?? [])];
  const heel =
    places.some((p) => p === 'plantar-heel' || p === 'achilles-insertion') ||
    b.history.plantarHeelPain ||
    (b.history.achillesTendinopathy && b.history.achillesPart === 'insertional');
  // C20 in either knee position (the bent knee when tested).
  const veryWeak = (c: { left: number; right: number } | null | undefined) =>
    !!c &&
    Math.min(c.left, c.right) > 0 &&
    (Math.min(c.left, c.right) <= 5 || Math.min(c.left, c.right) / Math.max(c.left, c.right) < 0.5);
  return (
    (low === 0 && high === 0) ||
    veryWeak(sk) ||
    veryWeak(b.bentKnee) ||
    ((b.hopTest?.pain ?? 0) > 5 && places.some((p) => p === 'shin' || p === 'plantar-heel')) ||
    (b.painLocations.includes('shin') && b.painNow > 0) ||
    (b.painLocations.includes('calf') && b.painNow >= 4) ||
    (b.painLocations.includes('plantar-heel') && b.painNow >= 4) ||
    (b.age != null && b.age < 16 && heel)
  );
}

/** A check-in as the page saves it: session `session` (its place in the week's list) of week `week`, done, effort 5,
 * pain during 1/10, with `more` on top (the morning after, a skipped status...). */
export const checkIn = (
  date: string,
  week: number,
  session: number,
  more: Partial<SessionLogEntry> = {},
): SessionLogEntry => ({ date, week, session, status: 'done', effort: 5, painDuring: 1, ...more });

/** Every loaded session of `p` up to `upTo` checked in as done; those in `bad` with a much stiffer morning after (rule
 * 8's step back, C39), the others back to usual. */
export const loadedLog = (p: Plan, bad: readonly string[], upTo: string): SessionLogEntry[] =>
  p.weeks.flatMap((w) =>
    w.sessions
      .filter((s) => s.kind === 'loaded' && s.date <= upTo)
      .map((s) =>
        checkIn(s.date, w.number, w.sessions.indexOf(s) + 1, {
          nextMorning: bad.includes(s.date) ? { pain: 1, stiffness: 'much-more' } : { pain: 0, stiffness: 'usual' },
        }),
      ),
  );

/** The loaded calf sessions of `p`, in date order (C49's tests name them by date). */
export const loadedSessions = (p: Plan): Session[] =>
  p.weeks.flatMap((w) => w.sessions.filter((s) => s.kind === 'loaded'));

/** `b`'s plan following `entries`, seen on `today`; fails the test if it is not a plan. */
export function loggedPlan(b: Baseline, entries: readonly SessionLogEntry[], today: string): Plan {
  const r = createPlan(b, { log: { version: 1, entries: [...entries] }, today });
  if (!r.ok || r.result.kind !== 'plan') throw new Error(`no plan on ${today}`);
  return r.result;
}

/** `b`'s plan (`p` with no log) with its loaded sessions up to `upTo` logged, `bad` ones with a much stiffer morning
 * and `cleared` ones checked in as cleared by a clinician (C49), seen on `today`. */
export const clearedPlan = (
  b: Baseline,
  p: Plan,
  bad: readonly string[],
  upTo: string,
  cleared: readonly string[] = [],
  today = addDays(upTo, 1),
): Plan =>
  loggedPlan(
    b,
    loadedLog(p, bad, upTo).map((e) => (cleared.includes(e.date) ? { ...e, cleared: true } : e)),
    today,
  );

/** Planned dates of the calf sessions waiting for a clinician's check (C49's stop). */
export const waitingDates = (p: Plan): string[] =>
  p.weeks.flatMap((w) => w.sessions.filter((s) => waitsForCheck(w, s)).map((s) => s.date));
