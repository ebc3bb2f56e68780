// Assembles a validated Baseline into a Referral (red flag, or no loading today) or a four-week Plan.

import { type Profile, profile } from './assess/profile.ts';
import type { Baseline } from './model/baseline.ts';
import type { Gate, Note, Plan, PlanOrReferral, PrescribedDrill, Referral, Session, Week } from './model/plan-types.ts';
import type { RuleId } from './model/rules.ts';
import { PHASES } from './model/vocab.ts';
import { activationDrills, loadedSession } from './prescribe/dosing.ts';
import { holdsForRule9, progress, type Step } from './prescribe/progression.ts';
import { addDays, chooseDays, type DayChoice, weekdayOf } from './prescribe/schedule.ts';
import { session } from './prescribe/session.ts';
import { summarise } from './prescribe/summary.ts';
import { screenPainToday, screenRedFlags } from './screen/red-flags.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

function focus(n: number, p: Profile, step: Step, held: boolean): Note {
  switch (n) {
    case 1:
      return {
        text: 'Foundation: short activation on the days between loaded sessions (this week only), holds and slow raises to set your base.',
        ruleIds: ['C8', 'R12', 'R10'],
      };
    case 2:
      return {
        text: 'Strength: slow, controlled raises and lowering in both knee positions.',
        ruleIds: ['C8', 'R10', 'R6'],
      };
    case 3:
      return step.state.plyo !== 'none'
        ? { text: 'Elastic: quiet, springy hops join the strength work.', ruleIds: ['C8', 'R13', 'R14'] }
        : {
            text: 'Elastic: your hop gate is still locked, so strength keeps building and hops wait.',
            ruleIds: ['C8', 'R13'],
          };
    default:
      return p.gates.running.status !== 'open'
        ? {
            text: 'Integration: strides wait for the running check; the strength work carries on.',
            ruleIds: ['C8', 'R15'],
          }
        : held
          ? {
              text: "Integration: with one session a week this week repeats last week's dose, so strides wait until after the retest.",
              ruleIds: ['C8', 'R9', 'C16'],
            }
          : { text: 'Integration: strides carry the new capacity into running.', ruleIds: ['C8', 'R15'] };
  }
}

function weekNotes(n: number, p: Profile, strides: boolean): Note[] {
  const notes: Note[] = [];
  if (n === 1) notes.push({ text: 'On the days without a loaded session, do the short activation.', ruleIds: ['C8'] });
  if (n >= 3 && p.gates.plyometrics.status === 'locked') {
    notes.push({
      text: 'No hops this week: the hop gate is locked for you (the summary shows which of its conditions are not met yet). Retest after week 4.',
      ruleIds: ['R13', 'R4'],
    });
  }
  if (n === 4) {
    notes.push({ text: 'Raise your running distance by 20% a week at most.', ruleIds: ['R15'] });
    if (strides) {
      notes.push({
        text: 'Strides are new this week as the integration step. They are running, not calf loading, so the change above stays the one change to your calf work.',
        ruleIds: ['C16', 'R11', 'R15'],
      });
      notes.push({
        text: 'Strides sit at the end of the loaded sessions; you may move them to the end of an easy run instead.',
        ruleIds: ['R15', 'C9'],
      });
    }
  }
  return notes;
}

/** Each session gets its own copy, so a reader can mark one session without touching the others. */
function cloneDrill(d: PrescribedDrill): PrescribedDrill {
  const note = (n: Note): Note => ({ text: n.text, ruleIds: [...n.ruleIds] });
  return {
    ...d,
    left: { ...d.left },
    right: { ...d.right },
    tempo: d.tempo && { ...d.tempo },
    cues: [...d.cues],
    notes: d.notes.map(note),
    ruleIds: [...d.ruleIds],
  };
}

function buildWeek(b: Baseline, p: Profile, days: DayChoice, step: Step, n: 1 | 2 | 3 | 4): Week {
  // Nothing new joins in a week that rule 9 holds, strides included (C16 keeps them out of the calf change only).
  const held = holdsForRule9(b.sessionsPerWeek, n);
  const strides = n === 4 && p.gates.running.status === 'open' && !held;
  const built = loadedSession(p, step.state, strides);
  const first = 7 * (n - 1);
  const sessions: Session[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const loaded = days.offsets.includes(offset);
    if (!loaded && n !== 1) continue;
    const date = addDays(b.startDate, first + offset);
    sessions.push(
      session({
        date,
        weekday: weekdayOf(date),
        kind: loaded ? 'loaded' : 'activation',
        p,
        variable: step.variable,
        drills: loaded ? built.drills.map(cloneDrill) : activationDrills(p),
        clashes: loaded ? (days.clashes.get(offset) ?? []) : [],
        sessionsPerWeek: b.sessionsPerWeek,
      }),
    );
  }
  const k = b.sessionsPerWeek;
  const phase = PHASES[n - 1];
  return {
    number: n,
    phase: phase.id,
    title: `Week ${n}: ${phase.title}`,
    startDate: addDays(b.startDate, first),
    endDate: addDays(b.startDate, first + 6),
    change: { variable: step.variable, text: step.text, ruleIds: step.ruleIds },
    focus: focus(n, p, step, held),
    volume: {
      loadIndex: { left: round1(built.index.left * k), right: round1(built.index.right * k) },
      contacts: { left: built.contacts.left * k, right: built.contacts.right * k },
    },
    sessions,
    notes: weekNotes(n, p, strides),
  };
}

/** Every ruleIds array anywhere in the plan (a plain tree of objects, arrays and strings). */
function collectRuleIds(x: unknown, into: Set<RuleId>): void {
  if (Array.isArray(x)) {
    for (const v of x) if (typeof v === 'object' && v !== null) collectRuleIds(v, into);
    return;
  }
  const o = x as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (k === 'ruleIds') for (const id of v as RuleId[]) into.add(id);
    else if (typeof v === 'object' && v !== null) collectRuleIds(v, into);
  }
}

function withUse(g: Gate, week: number | null): Gate {
  return { ...g, usedFromWeek: g.status === 'open' ? week : null };
}

export function buildPlan(b: Baseline): Plan {
  const p = profile(b);
  const steps = progress(p, b.sessionsPerWeek);
  const days = chooseDays(b);
  const weeks = steps.map((s, i) => buildWeek(b, p, days, s, (i + 1) as 1 | 2 | 3 | 4));
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
      weeks.some((w) => w.sessions.some((s) => s.drills.some((d) => d.drill === 'strides'))) ? 4 : null,
    ),
  ];
  const plan: Plan = {
    kind: 'plan',
    startDate: b.startDate,
    endDate: addDays(b.startDate, 27),
    sessionsPerWeek: b.sessionsPerWeek,
    summary: summarise(
      b,
      p,
      gates,
      new Set(weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills.map((d) => d.drill)))),
    ),
    weeks,
    ruleIds: [],
  };
  const ids = new Set<RuleId>();
  collectRuleIds(plan, ids);
  plan.ruleIds = [...ids].sort();
  return plan;
}

/** Red flags first (rule 18), then pain today (rule 7). Reads only what it is given, so the form can screen the
 * red-flag answers before the test results are in. */
export function screen(
  b: Pick<Baseline, 'redFlags'> & Partial<Pick<Baseline, 'straightKnee' | 'bentKnee' | 'painNow'>>,
): Referral | null {
  const flag = screenRedFlags(b);
  const pain = screenPainToday(b);
  if (flag && pain) {
    flag.reasons.push(...pain.reasons);
    flag.ruleIds = [...new Set([...flag.ruleIds, ...pain.ruleIds])].sort();
  }
  return flag ?? pain;
}

/** A Referral when screening stops the plan, otherwise the plan. */
export function buildResult(b: Baseline): PlanOrReferral {
  return screen(b) ?? buildPlan(b);
}
