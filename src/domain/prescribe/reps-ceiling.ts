// C47 (third physio read, finding 4): the reps ceiling. Raises on both legs that reach it lower on one leg, legs in
// turn (rule 11's single-leg variable, at floor level); a week with no step left says what would move the raises on.
import type { Profile } from '../assess/profile.ts';
import type { NotNow } from '../model/phrases.ts';
import type { WeekChange } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import { REPS_CEILING, type State } from './dose-state.ts';
import { loadedSession } from './dosing.ts';

/** C47: a raise on both legs in the session (C3) whose reps have reached the ceiling. */
export const doubleAtTop = (p: Profile, s: State) =>
  loadedSession(p, s).drills.some(
    (d) => d.stance === 'double' && /heel-raise$/.test(d.drill) && (d.left.reps ?? 0) >= REPS_CEILING,
  );

/** The rules behind each reason a week-2 step did not apply (the week's "Why?"). */
function notNowRules({ range, pause }: NotNow): RuleId[] {
  const of = { holds: 'R12', 'heel-bone': 'R17', young: 'C44', time: 'C30', 'two-legs': 'C3' } as const;
  const ids = [range, pause].flatMap((r) => (r in of ? [of[r as keyof typeof of]] : []));
  return [...new Set(ids)];
}

/** A week with no step. When a raise dosed by its reps is at C47's ceiling, or one more rep no longer fits the session
 * (`full`, C30), the sentence says so and names what would move it on: nothing new while a tendon hurts (rule 12),
 * one leg (raises on both legs, C3), weight (single-leg raises, 16 or over, none ticked), else the retest.
 * `rangeOrPause`: the week could only change range or tempo (week 2), so the sentence names why neither happened. */
export function noChange(p: Profile, s: State, full: boolean, rangeOrPause: NotNow | null = null): WeekChange {
  const byReps = loadedSession(p, s).drills.filter(
    (d) => d.load?.kind !== 'repetition-maximum' && d.left.reps !== null,
  );
  const atTop = byReps.some((d) => Math.max(d.left.reps ?? 0, d.right.reps ?? 0) >= REPS_CEILING);
  const base = { variable: null, amount: null } as const;
  if (!atTop && !(full && byReps.some((d) => /raise$|drop/.test(d.drill))))
    return {
      ...base,
      reason: rangeOrPause ? { id: 'change.none', rangeOrPause } : { id: 'change.none' },
      ruleIds: rangeOrPause ? ['R11', 'C7', ...notNowRules(rangeOrPause)] : ['R11', 'C7'],
    };
  const anySingle = p.straight.stance === 'single' || p.bent.stance === 'single';
  const next = p.tendonPainNow ? 'pain' : !anySingle ? 'one-leg' : !p.has.weights && !p.young ? 'weights' : 'retest';
  const why = atTop ? 'reps' : 'time';
  return {
    ...base,
    reason: { id: 'change.none', top: { reps: REPS_CEILING, why, next } },
    ruleIds: [
      'R11',
      'C7',
      why === 'reps' ? 'C47' : 'C30',
      ...(next === 'one-leg' ? (['C3'] as const) : next === 'pain' ? (['R12'] as const) : []),
    ],
  };
}

/** C47: raises on both legs at the ceiling lower on one leg, legs in turn: rule 11's single-leg variable, at floor level.
 * The load index (C5) counts reps, so it cannot see this step; the pain and next-morning rules (7, 8) watch it. */
export const LOWER_ON_ONE: WeekChange = {
  variable: 'single-leg',
  amount: { variable: 'single-leg', before: 'both', after: 'one', unit: 'leg lowering' },
  reason: { id: 'change.lower-on-one', reps: REPS_CEILING },
  ruleIds: ['R11', 'C7', 'C47'],
};
