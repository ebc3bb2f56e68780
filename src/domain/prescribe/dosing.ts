// One loaded session: its drills in order (C11), dosed per side, with the session's load index (C5) and hop
// contacts per leg. The drills themselves come from mobility-, hold-, raise- and hop-drills.ts. Pure; numbers without
// a rule are C-conventions.
import type { Profile } from '../assess/profile.ts';
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { PerSide, PrescribedDrill } from '../model/plan-types.ts';
import type { Side } from '../model/vocabulary.ts';
import { dose, rx, sides } from './dose-parts.ts';
import type { State } from './dose-state.ts';
import { holds } from './hold-drills.ts';
import { hops } from './hop-drills.ts';
import { cooldown, warmUp } from './mobility-drills.ts';
import { raise, seated } from './raise-drills.ts';
import { needsWarmUp, sessionMinutes } from './session-length.ts';
import { REPS_IN_RESERVE } from './session-rules.ts';

export type Built = { drills: PrescribedDrill[]; index: PerSide<number>; contacts: PerSide<number> };

/** C5: a hold counts seconds / 6; a rep with added weight counts 1.1. */
export const INDEX = { holdSecondsPerRep: 6, loadedRep: 1.1 } as const;

/** Session blocks: mobility, then the loaded work by Achilles rank, then running, then the cooldown (C11). */
const GROUP = (d: PrescribedDrill) => {
  const kind = DRILL_CATALOG[d.drill].kind;
  return d.drill === 'cooldown-mobility' ? 3 : kind === 'running' ? 2 : kind === 'mobility' ? 0 : 1;
};

/** Achilles rank for the order (C11); the weaker side's lone extra hold (rule 5) follows the double-leg holds it
 * belongs to, while you are still in place (#12 dosing, C30). */
const rank = (d: PrescribedDrill) =>
  d.drill === 'isometric-hold-single' && (d.left.sets === 0 || d.right.sets === 0)
    ? DRILL_CATALOG['isometric-hold-double'].achillesRank + 0.5
    : DRILL_CATALOG[d.drill].achillesRank;

/** C9: strides, 4 x 20 s with about 60 s to walk back (in the session, or after an easy run, C16, C30). */
export const STRIDES_DOSE = { sets: 4, seconds: 20, restSeconds: 60 } as const;

/** C30 (#12 dosing): a loaded session takes at most 35 minutes by the C19 estimate (aim about 30). */
export const SESSION_CAP_MINUTES = { loaded: 35, aim: 30, activation: 10 } as const;
/** One loaded session: warm-up, band work, holds, raises, seated raise, hops, strides, cooldown (C11 order). */
export function loadedSession(p: Profile, s: State): Built {
  // C31 (#12 dosing): with the loaded seated raise, it is the bent-knee work; the standing bent-knee raise is left out.
  // C32: with tendon pain 3-5 now, rule 12's holds are the straight-knee work, in place of the straight-knee raise.
  const slots: ('straight' | 'bent')[] = [
    ...(p.tendonPainNow ? [] : (['straight'] as const)),
    ...(p.has.seated ? [] : (['bent'] as const)),
  ];
  const raises = slots.map((slot) => raise(p, s, slot));
  const drills = [...warmUp(p), ...holds(p, s), ...raises.map((r) => r.d), cooldown(p)];
  if (p.has.seated) drills.push(seated(p, s));
  if (s.plyo !== 'none') drills.push(...hops(p, s));
  if (s.strides === 'session')
    drills.push(
      rx(
        'strides',
        'none',
        null,
        sides(() => dose(STRIDES_DOSE.sets, null, STRIDES_DOSE.seconds)),
        ['R15', 'C9'],
        { restSeconds: STRIDES_DOSE.restSeconds },
      ),
    );
  // C30: band work is an extra, not calf loading: it joins only while the session stays within its time cap.
  if (p.has.band) {
    const band = rx(
      'band-ankle-work',
      'single',
      null,
      sides(() => dose(2, 15)),
      ['C9', 'C30'],
    );
    if (sessionMinutes([...drills, band]) <= SESSION_CAP_MINUTES.loaded) drills.push(band);
  }
  const order = drills
    .map((d, i) => ({ d, i }))
    .sort((a, b) => GROUP(a.d) - GROUP(b.d) || rank(a.d) - rank(b.d) || a.i - b.i)
    .map((x) => withReserve(x.d, s.reserve));
  // C46: a session with a standing raise or drop at a repetition-maximum weight starts its weighted sets with the test's
  // warm-up (rule 1).
  const rm = order.findIndex((d) => d.load?.kind === 'repetition-maximum');
  if (order.some(needsWarmUp))
    order[rm] = { ...order[rm], notes: [...order[rm].notes, { id: 'drill.rm-warm-up', ruleIds: ['C46', 'R1'] }] };
  return {
    drills: order,
    index: sides((x) => drillsIndex(order, x)),
    contacts: sides((x) => contactsOf(order, x)),
  };
}

/** C33: a repetition-maximum weight new this block leaves 2-3 reps in reserve, in its load and in a drop's how-to
 * (physio read: "2-3 reps in reserve" beside a "15RM" weight said two things). */
function withReserve(d: PrescribedDrill, r: State['reserve']): PrescribedDrill {
  if (d.load?.kind !== 'repetition-maximum' || !(d.load.on === 'knees' ? r.seated : r.standing)) return d;
  const reserve = { ...REPS_IN_RESERVE };
  return {
    ...d,
    load: { ...d.load, reserve },
    notes: d.notes.map((n) => (n.id === 'drill.drop-how' && n.rm ? { ...n, reserve } : n)),
  };
}

/** Whether any weight of this session still leaves reps in reserve (C33). */
export const hasReserve = (p: Profile, s: State): boolean =>
  loadedSession(p, s).drills.some((d) => d.load?.kind === 'repetition-maximum' && d.load.reserve);

/** C5: the load index of these drills on one side, read from the doses as written (so a session the log cut by a set
 * counts what is really done, #14). A rep counts 1, times 1.1 for each 2-10% load step its weight has taken. */
export function drillsIndex(drills: readonly PrescribedDrill[], side: Side): number {
  let total = 0;
  for (const d of drills) {
    if (DRILL_CATALOG[d.drill].kind !== 'strength') continue;
    const x = d[side];
    const perSet = x.reps ?? (x.seconds ?? 0) / INDEX.holdSecondsPerRep;
    total += x.sets * perSet * INDEX.loadedRep ** (d.load?.steps ?? 0);
  }
  return total;
}

function contactsOf(drills: PrescribedDrill[], side: Side): number {
  return drills.reduce(
    (t, d) => t + (DRILL_CATALOG[d.drill].kind === 'plyometric' ? d[side].sets * (d[side].contacts ?? 0) : 0),
    0,
  );
}
