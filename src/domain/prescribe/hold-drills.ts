// Holds (isometrics): rule 12's dose for a tendon that hurts now, the starting holds for raises on both legs, and
// the weaker side's lone extra hold (rule 5, C32, C37).
import type { Profile } from '../assess/profile.ts';
import type { PrescribedDrill } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import type { Side } from '../model/vocabulary.ts';
import { dose, firstSide, rx, sides } from './dose-parts.ts';
import type { State } from './dose-state.ts';

/** R12 hold dose: 5 x 45 s at about 70% effort, 2 min rest. */
export const HOLD = { sets: 5, seconds: 45, restSeconds: 120, effortPercent: 70 } as const;

/** The side whose one extra set (rule 5) goes to the single-leg hold: the straight knee's own weaker side first, else
 * the weaker side of a position that starts on both legs (C3), whose raises cannot favour one side. */
export function extraHoldSide(p: Profile): Side | null {
  if (p.straight.extraSet) return p.straight.weaker;
  // #12 (C31): with the loaded seated raise (one leg at a time) the bent knee gives its own extra set.
  const knees = p.has.seated ? [p.straight] : [p.straight, p.bent];
  return knees.find((k) => k.stance === 'double' && k.extraSet)?.weaker ?? null;
}

/** C32 (#12 dosing): holds only where they help. Tendon pain 3-5 now gets rule 12's 5 x 45 s; raises that start on both
 * legs get the drill page's starting dose (3 x 30 s, rest 120 s) as their foundation; otherwise none, except the lone
 * rule-5 hold when no drill of the session can give the weaker side its extra set. */
export const START_HOLD = { sets: 3, seconds: 30 } as const;
/** C32 (#14): the double-leg holds make room once the double-leg raises have passed 3 x 16 (C3's 15-rep start and one
 * rep step): the raises then carry the work, and the time goes to more reps. A Pushoff convention, not a trial figure. */
export const HOLDS_UNTIL_REPS = 16;

export function holds(p: Profile, s: State): PrescribedDrill[] {
  // Rule 12's "a tolerable load, never promised pain relief" is said once a session, and only where a tendon hurts or
  // has hurt (phone review: a pain-free beginner read it twice a session, on the two-leg holds and the lone hold).
  const r12: PrescribedDrill['notes'] = p.tendon ? [{ id: 'drill.holds-tolerable', ruleIds: ['R12'] }] : [];
  const dose12 = p.tendonPainNow ? HOLD : START_HOLD;
  const why: RuleId[] = p.tendonPainNow ? ['R12', 'C32'] : ['C32', 'R12'];
  const base = { restSeconds: HOLD.restSeconds, effortPercent: HOLD.effortPercent };
  const weak = extraHoldSide(p);
  if (p.straight.stance === 'single') {
    if (p.tendonPainNow) {
      // C37 (physio read): rule 12's 5 sets are the trial's dose, so a weaker side keeps 5 and the stronger side does
      // one fewer, instead of the weaker side going to 6.
      const less = (s: Side) => (weak && weak !== s ? 1 : 0);
      return [tendonHold(weak ?? firstSide(p, p.straight), less, weak ? [...why, 'R5', 'C37'] : why)];
    }
    // The raises give the straight knee's weaker side its extra set; a bent knee that starts on both legs has no
    // one-leg drill for it unless the loaded seated raise does the bent-knee work (C31).
    return weak && !p.straight.extraSet && !p.has.seated ? [loneHold(weak, START_HOLD.seconds, base, r12)] : [];
  }
  const roomMade = !p.tendonPainNow && s.reps.straight.left > HOLDS_UNTIL_REPS;
  // C37 as for rule 12's one-leg holds: the weaker side keeps the holds' number of sets (one of them its lone one-leg
  // hold) and the stronger side does one fewer. The lone hold is a set like the others, with the holds' rest before it
  // (C19); as an extra set on top it made a session stated as 35 minutes take 37 as lived (physio read).
  const doubles = dose12.sets - (weak ? 1 : 0);
  const out: PrescribedDrill[] = roomMade
    ? []
    : [
        rx(
          'isometric-hold-double',
          'double',
          null,
          sides(() => dose(doubles, null, dose12.seconds)),
          weak ? [...why, 'C3', 'C37'] : [...why, 'C3'],
          { ...base, notes: r12 },
        ),
      ];
  if (weak) out.push(loneHold(weak, dose12.seconds, base, out.length ? [] : r12));
  return out;
}

/** Rule 12's holds on both legs for a tendon that hurts 3-5/10 where the straight knee starts on both legs (C3): the
 * pain check's stand-in for a double-leg raise on a session day, as the form plans them (physiotherapist's read: a
 * weak runner's painful day got one-leg holds, harder than anything in the plan). */
export const tendonHoldBoth = (): PrescribedDrill =>
  rx(
    'isometric-hold-double',
    'double',
    null,
    sides(() => dose(HOLD.sets, null, HOLD.seconds)),
    ['R12', 'C32', 'C3'],
    {
      restSeconds: HOLD.restSeconds,
      effortPercent: HOLD.effortPercent,
      notes: [{ id: 'drill.holds-tolerable', ruleIds: ['R12'] }],
    },
  );

/** Rule 12's hold on one leg for a tendon that hurts 3-5/10, in the straight-knee slot (C32): planned by the form, and
 * by the pain check on a session day. `less`: sets a side does fewer (C37's stronger side; none on a session day). */
export function tendonHold(
  first: Side | null,
  less: (s: Side) => number = () => 0,
  ruleIds: RuleId[] = ['R12', 'C32'],
): PrescribedDrill {
  return rx(
    'isometric-hold-single',
    'single',
    first,
    sides((s) => dose(HOLD.sets - less(s), null, HOLD.seconds)),
    ruleIds,
    {
      restSeconds: HOLD.restSeconds,
      effortPercent: HOLD.effortPercent,
      notes: [{ id: 'drill.holds-tolerable', ruleIds: ['R12'] }],
    },
  );
}

function loneHold(
  w: Side,
  seconds: number,
  base: Partial<PrescribedDrill>,
  r12: PrescribedDrill['notes'],
): PrescribedDrill {
  return rx(
    'isometric-hold-single',
    'single',
    w,
    sides((s) => dose(s === w ? 1 : 0, null, seconds)),
    ['R5', 'R12', 'C3'],
    {
      ...base,
      notes: [{ id: 'drill.hold-extra-set', side: w, ruleIds: ['R5', 'C3'] }, ...r12],
    },
  );
}
