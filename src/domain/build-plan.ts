// The plan engine's pipeline, one stage a line: screen the answers (red flags, pain today), assess the runner
// (symmetry, norms, gates), prescribe four weeks (progression, schedule, sessions, doses), then summarise. The
// result is data; src/domain/explain/ writes its words.
import { type Profile, profile } from './assess/profile.ts';
import type { Baseline } from './model/baseline.ts';
import { testPoint } from './model/block.ts';
import type { BlockInfo, Gate, Plan, PlanOrReferral, Week } from './model/plan-types.ts';
import type { RuleId } from './model/rules.ts';
import { buildWeek } from './prescribe/build-week.ts';
import { type Carry, carriedSetsOff } from './prescribe/carry.ts';
import { withFoundWeights } from './prescribe/found-weights.ts';
import { laterProfile, nextBlockSteps } from './prescribe/next-block.ts';
import { progress, type Step } from './prescribe/progression.ts';
import { addDays, chooseDays } from './prescribe/schedule.ts';
import { withDrills } from './prescribe/session.ts';
import { stepBackDrills } from './prescribe/session-rules.ts';
import { summarise } from './prescribe/summary.ts';
import { weekVolume } from './prescribe/volume.ts';
import { screen } from './screen/screen.ts';

/** A Referral when screening stops the plan, otherwise the plan. */
export function buildResult(b: Baseline): PlanOrReferral {
  return screen(b) ?? buildPlan(b);
}

export function buildPlan(b: Baseline): Plan {
  return buildBlock(b, null, { number: 1, start: 'first', tests: [testPoint(b)], retest: null, painRose: null }).plan;
}

/** A block's plan, with the weekly states and the profile behind it (the next block starts from them, C41). */
export type BuiltBlock = { plan: Plan; steps: Step[]; profile: Profile };

/** One block: a first block from the test alone, a later one from the dose the block before it reached (C41). */
export function buildBlock(b: Baseline, carry: Carry | null, block: BlockInfo): BuiltBlock {
  const p = carry ? laterProfile(profile(b, false), carry, b.hopTest?.pain ?? 0) : profile(b);
  const planned = carry ? nextBlockSteps(p, b.sessionsPerWeek, carry) : progress(p, b.sessionsPerWeek);
  // #14 (C7): when no week after the first can change anything, the block says so once at the top instead of three
  // weeks of "No change".
  // Strides beginning in week 4 are not a change to the calf drills (C16), but the block is then not still either.
  const still = planned
    .slice(1)
    .every((s) => s.change.reason.id === 'change.none' && s.state.strides === planned[0].state.strides);
  const steps = still
    ? planned.map((s, i) => (i === 0 ? s : { ...s, change: { ...s.change, reason: STATIC } }))
    : planned;
  const days = chooseDays(b);
  // Strides are new only in the week they first begin; after an easy run counts as begun (C16, C41).
  const stridesAt = (i: number) => (i === 0 ? (carry?.state.strides ?? 'none') : steps[i - 1].state.strides);
  // Hops the week before (or at the last block's end): week 3's focus says they carry on, not that they join
  // (physiotherapist's read of blocks 4-7: "quiet, springy hops join the strength work" a block after they began).
  const hopsAt = (i: number) => (i === 0 ? (carry?.state.plyo ?? 'none') : steps[i - 1].state.plyo);
  const built = steps.map((s, i) =>
    buildWeek(b, p, days, s, (i + 1) as 1 | 2 | 3 | 4, {
      strides: stridesAt(i) !== 'none',
      hops: hopsAt(i) !== 'none',
      repeats1: i > 0 && JSON.stringify(s.state) === JSON.stringify(steps[0].state),
    }),
  );
  // C43: after a block that ended a set or two down, the whole next block keeps those sets off.
  const setsOff = carriedSetsOff(carry);
  const weeks = withFoundWeights(
    built.map((w) => Array.from({ length: setsOff }).reduce<Week>((x, _, i) => withFewerSets(x, i > 0), w)),
    carry?.weights,
    steps[steps.length - 1].state.reserve.standing,
  );
  const firstWeek = (f: (s: Step) => boolean) => {
    const i = steps.findIndex(f);
    return i < 0 ? null : i + 1;
  };
  const gates = [
    withUse(
      p.gates.plyometrics,
      firstWeek((s) => s.state.plyo !== 'none'),
    ),
    withUse(
      p.gates.singleLegHops,
      firstWeek((s) => s.state.plyo === 'single'),
    ),
    withUse(
      p.gates.running,
      firstWeek((s) => s.state.strides !== 'none'),
    ),
  ];
  const used = new Set(weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills.map((d) => d.drill))));
  const plan: Plan = {
    kind: 'plan',
    startDate: b.startDate,
    endDate: addDays(b.startDate, 27),
    sessionsPerWeek: b.sessionsPerWeek,
    summary: withStatic(summarise(b, p, gates, used, block, steps[steps.length - 1].state), still, topOf(planned)),
    weeks,
    block,
    ruleIds: [],
  };
  plan.ruleIds = collectRuleIds(plan);
  return { plan, steps, profile: p };
}

const STATIC = { id: 'change.none', static: true } as const;

/** C47: the reps ceiling that stopped a week, if one did. */
function topOf(steps: Step[]) {
  for (const s of steps) if (s.change.reason.id === 'change.none' && s.change.reason.top) return s.change.reason.top;
  return undefined;
}

function withStatic(s: Plan['summary'], still: boolean, top: ReturnType<typeof topOf>): Plan['summary'] {
  const flag = {
    id: 'flag.block-static' as const,
    retest: true,
    ...(top ? { top } : {}),
    injury: null,
    ruleIds: (top ? ['C7', 'R11', 'C30', 'C47'] : ['C7', 'R11', 'C30']) as RuleId[],
  };
  return still ? { ...s, flags: [flag, ...s.flags] } : s;
}

/** `again`: a second set off, which only C49's hold hands on; its drills name C49 as well as C39. */
function withFewerSets(w: Week, again: boolean): Week {
  // A set fewer is a shorter session: its time says so (review: 2 sets still said "about 27 min").
  const sessions = w.sessions.map((s) => {
    if (s.kind === 'activation') return s;
    const cut = stepBackDrills(s.drills);
    const drills = again
      ? cut.map((d, i) =>
          d === s.drills[i] || d.ruleIds.includes('C49') ? d : { ...d, ruleIds: [...d.ruleIds, 'C49' as const] },
        )
      : cut;
    // Its checks follow too: at one set, the pain check keeps it (C35) rather than take "one set off" (review).
    return withDrills(s, drills, true);
  });
  return { ...w, sessions, volume: weekVolume(sessions) };
}

function withUse(g: Gate, week: number | null): Gate {
  return { ...g, usedFromWeek: g.status === 'open' ? week : null };
}

/** Every rule id anywhere in the plan (a plain tree of objects, arrays and strings), sorted. */
export function collectRuleIds(x: unknown): RuleId[] {
  const into = new Set<RuleId>();
  walk(x, into);
  return [...into].sort();
}

function walk(x: unknown, into: Set<RuleId>): void {
  if (Array.isArray(x)) {
    for (const v of x) if (typeof v === 'object' && v !== null) walk(v, into);
    return;
  }
  const o = x as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (k === 'ruleIds') for (const id of v as RuleId[]) into.add(id);
    else if (typeof v === 'object' && v !== null) walk(v, into);
  }
}
