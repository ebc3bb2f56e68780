// Rule 8 within a week (fourth physio read of the living plan): a worse next morning or pain during over 5/10 steps
// back one step from the very next calf session, not only from the next week. Sessions of the same week dated after
// the one that went badly take the dose of the step before (one set fewer of each strength drill, the holds too, when
// the week already does week 1's dose), with a note that says why. The next week's own decision
// (adjust-plan.ts) is unchanged. Pure.

import type { Note, Plan, Session, Week } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import { withDrills } from '../prescribe/session.ts';
import { cutKinds, stepBackDrills } from '../prescribe/session-rules.ts';
import { weekVolume } from '../prescribe/volume.ts';
import type { Cause } from './response.ts';

/** The first session of a week whose check-in steps back (rule 7 or 8): its date, why, and the rules that say so. */
export type BadSession = { date: string; cause: Cause; ruleIds: Note['ruleIds'] };

/** A session's dose, drill by drill (what each side does, at what weight and tempo), without its notes and rules. */
const doseOf = (s: Session) => JSON.stringify(s.drills.map((d) => [d.drill, d.left, d.right, d.load, d.tempo]));

/** Week `w` (doing planned step `step`) with its sessions after `bad` stepped back one step. */
export function stepBackAfter(plan: Plan, w: Week, step: number, bad: BadSession): Week {
  const lower = step > 1 ? plan.weeks[step - 2] : null;
  // A repeat copies a full loaded session of the lower week (its first one may be cut for pain that day, C35).
  // The short heel-raise days (C38) are calf sessions too: they step back with the loaded ones (review: they stayed at
  // the full dose beside loaded sessions a set down).
  const templateOf = (kind: Session['kind']) => lower?.sessions.filter((s) => s.kind === kind).at(-1);
  let changed = false;
  const sessions = w.sessions.map((s): Session => {
    if (s.date <= bad.date || s.kind === 'activation') return s;
    changed = true;
    // The week below can be this very dose (a week of "no change", or a repeat): then a set off, as from week 1
    // (review: the session said it stepped back and changed nothing).
    const found = templateOf(s.kind);
    const template = found && doseOf(found) !== doseOf(s) ? found : undefined;
    const drills = template ? template.drills : stepBackDrills(s.drills);
    const note: Note = {
      id: 'session.step-back',
      date: bad.date,
      because: bad.cause,
      doses: template ? step - 1 : 1,
      fewerSets: !template,
      ...(template ? {} : { cut: cutKinds(s.drills) }),
      runs: plan.summary.runsWait ? 'wait' : plan.summary.runsLower,
      // Its words say what a second bad session in a row brings (C49).
      ruleIds: [...new Set<RuleId>([...bad.ruleIds, ...(template ? [] : ['C39' as const]), 'C49'])],
    };
    // Its time, cues and checks follow its drills: a step back to a week without hops kept their landing cues and hop
    // check (physiotherapist's read).
    return { ...withDrills(s, drills), notes: [...s.notes, note] };
  });
  return changed ? { ...w, sessions, volume: weekVolume(sessions) } : w;
}
