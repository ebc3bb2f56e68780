// One dated session: its drills, the cues to watch, the readiness checks (rules 7, 8, 13, 15, 16) and
// notes such as "least bad day" (C6).

import type { Profile } from '../assess/profile.ts';
import type { Weekday } from '../model/baseline.ts';
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { ChangedVariable, PrescribedDrill, ReadinessCheck, Session } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { CueId } from '../model/vocab.ts';

const CHECKS = {
  painNow: {
    id: 'pain-now',
    ruleIds: ['R7'],
    text: 'Before you start, rate your pain: 0-3/10 go ahead, 4-5 is acceptable, over 5 means no loading today.',
  },
  painDuring: {
    id: 'pain-during',
    ruleIds: ['R8'],
    text: 'During the session, pain stays at 5/10 or less. Stop the set if it goes higher.',
  },
  dayAfter: {
    id: 'twenty-four-hour',
    ruleIds: ['R8'],
    text: 'Next morning, pain and stiffness should be back to your usual level. If not, or if they creep up week by week, repeat this dose next time or step back instead of taking the next step.',
  },
  tendon: {
    id: 'tendon-monitoring',
    ruleIds: ['R7', 'R8'],
    text: 'With Achilles or heel pain now or in your history, score that pain each morning (0-10, on your first steps): it should be back to usual by the next morning and not rising from week to week.',
  },
  loadStep: {
    id: 'load-step',
    ruleIds: ['R11'],
    text: "Take this week's load step only if last week you managed 1-2 reps above target on every set; otherwise keep last week's weight.",
  },
  walk: {
    id: 'walk-check',
    ruleIds: ['R15', 'C15'],
    text: 'Before strides: you have walked for 30 minutes without pain. If not, skip the strides today.',
  },
} satisfies Record<string, ReadinessCheck>;

const copy = (c: ReadinessCheck): ReadinessCheck => ({ id: c.id, text: c.text, ruleIds: [...c.ruleIds] });

/** The hop-pain check (rule 13's 2/10). Single-leg hops must stay pain-free (C17), and hopping that hurts at all holds
 * back the same session's strides (rule 15's check, C15): each adds its clause and its rule id. */
function hopCheck(single: boolean, strides: boolean): ReadinessCheck {
  const stop = `stop the hops${strides ? ' and strides' : ''} for today and keep the rest of the session.`;
  const text = single
    ? `Single-leg hops stay pain-free: if they hurt, do double-leg hops instead for the rest of today${strides ? ' and skip the strides' : ''}. If hopping pain goes over 2/10, ${stop}`
    : strides
      ? `Hopping pain stays at 2/10 or less; if hopping hurts at all, skip the strides today. If it goes over 2/10, ${stop}`
      : `Hopping pain stays at 2/10 or less. If it goes higher, ${stop}`;
  return {
    id: 'hop-pain',
    text,
    ruleIds: ['R13', ...(single ? ['C17' as const] : []), ...(strides ? ['C15' as const] : [])],
  };
}

/** Rule 16's cramp advice; with heel-bone pain the gentle stretch gives way to rule 17 (no dorsiflexion stretch). */
export function crampAdvice(p: Profile): { text: string; ruleIds: RuleId[] } {
  return p.insertional
    ? {
        ruleIds: ['R16', 'R17'],
        text: 'If a calf cramps: stop the set and let it ease with easy ankle movement in a comfortable range, not a stretch (no stretching into dorsiflexion with heel-bone Achilles pain), then do the next set with less range, a slower tempo or fewer reps.',
      }
    : {
        ruleIds: ['R16'],
        text: 'If a calf cramps: stop the set and stretch gently, then do the next set with less range, a slower tempo or fewer reps.',
      };
}

export function readiness(
  p: Profile,
  kind: Session['kind'],
  drills: PrescribedDrill[],
  variable: ChangedVariable | null,
): ReadinessCheck[] {
  if (kind === 'activation') return [copy(CHECKS.painNow), copy(CHECKS.dayAfter)];
  const out: ReadinessCheck[] = [CHECKS.painNow, CHECKS.painDuring, CHECKS.dayAfter].map(copy);
  if (p.tendon) out.push(copy(CHECKS.tendon));
  if (p.cramps) out.push({ id: 'cramp', ...crampAdvice(p) });
  const strides = drills.some((d) => d.drill === 'strides');
  if (drills.some((d) => DRILL_CATALOG[d.drill].kind === 'plyometric'))
    out.push(
      hopCheck(
        drills.some((d) => d.drill === 'single-leg-hops'),
        strides,
      ),
    );
  if (variable === 'load') out.push(copy(CHECKS.loadStep));
  if (strides && p.gates.running.conditions.some((c) => c.met === null)) out.push(copy(CHECKS.walk));
  return out;
}

export function cuesOf(drills: PrescribedDrill[]): CueId[] {
  return [...new Set(drills.flatMap((d) => d.cues))];
}

export function session(args: {
  date: string;
  weekday: Weekday;
  kind: Session['kind'];
  drills: PrescribedDrill[];
  p: Profile;
  variable: ChangedVariable | null;
  clashes: string[];
  sessionsPerWeek: number;
}): Session {
  const { kind, drills, clashes } = args;
  const notes: Session['notes'] = [];
  // Rule 5's extra set, said once for the session rather than on every drill that has it.
  const extra = [
    ...new Set(
      drills
        .filter((d) => d.ruleIds.includes('R5') && d.left.sets !== d.right.sets)
        .map((d) => (d.left.sets > d.right.sets ? 'left' : 'right')),
    ),
  ];
  if (extra.length > 0) {
    notes.push({
      ruleIds: ['R5'],
      text:
        extra.length === 1
          ? `One extra set for your weaker ${extra[0]} side, which goes first.`
          : 'One extra set for the weaker side of each drill (the side with more sets), which goes first.',
    });
  }
  if (clashes.length > 0) {
    notes.push({
      ruleIds: ['R9', 'C6', 'R8'],
      text: `This session falls on ${clashes.join(' and ')}: ${
        args.sessionsPerWeek === 1
          ? 'no day of your week was free of clashes'
          : `with ${args.sessionsPerWeek} loaded sessions a week kept 48 hours apart, no clash-free day was left`
      }. It is the least bad day; let the 24-hour rule tell you whether it suits you.`,
    });
  }
  return {
    date: args.date,
    weekday: args.weekday,
    kind,
    title: kind === 'loaded' ? 'Loaded calf session' : 'Short activation',
    drills,
    cues: cuesOf(drills),
    readiness: readiness(args.p, kind, drills, args.variable),
    notes,
    ruleIds: kind === 'loaded' ? ['R9', 'C6', 'R14', 'C11'] : ['C8', 'C11'],
  };
}
