// The weight ladders of later blocks (C41, #14 physio review): the rung a weight-dosed raise climbs next (rule 11's
// heavy-slow ladder, C34; Rathleff's for plantar heel pain, C38; the loaded seated raise's, C41), the room a heavier
// rung's extra set takes in a full session (C30), and why a rung week changes what it changes (data for explain/).
import type { Profile } from '../assess/profile.ts';
import type { RungAt } from '../model/phrases.ts';
import type { WeekChange } from '../model/plan-types.ts';
import { HEEL_RAISE, heldRung, rungSets, type SetsReps, STRONG_RUNGS } from './dose-parts.ts';
import type { State } from './dose-state.ts';

/** The ladder a weight-dosed straight-knee raise climbs (C34: rule 11's heavy-slow rungs; C38: Rathleff's), or null. */
export function ladderOf(p: Profile): readonly number[] | null {
  return p.plantar ? HEEL_RAISE.ladder : p.strong ? STRONG_RUNGS : null;
}

/** Where a block began on each ladder (C41: one rung a block, so a raise climbs only from the rung it began on). */
export type BlockRungs = { rung: number | null; seated: number };

/** The next rung of a weight-dosed raise, or null: one rung a block (C41), so only from the rung the block began on. */
export function nextRung(p: Profile, s: State, blockRung: number | null): number | null {
  const ladder = ladderOf(p);
  if (!ladder || s.rung === null || s.rung !== blockRung) return null;
  const next = ladder[ladder.indexOf(s.rung) + 1] ?? null;
  // Rathleff's 5 sets are the most the heel raise takes: a weaker side's extra set (rule 5) on a 5-set rung would be 6.
  if (next !== null && p.plantar && p.straight.extraSet && HEEL_RAISE.rungs[next] >= 5) return null;
  return next;
}

export function rungStep(p: Profile, s: State, block: BlockRungs): State | null {
  const rung = nextRung(p, s, block.rung);
  if (rung !== null) return { ...s, rung };
  const i = STRONG_RUNGS.indexOf(s.seated.rung as (typeof STRONG_RUNGS)[number]);
  const seated = STRONG_RUNGS[i + 1];
  // The seated raise starts again from its new rung's weight, so its 2-10% steps start again too.
  return p.has.seated && s.seated.rung === block.seated && seated ? { ...s, seated: { rung: seated, steps: 0 } } : null;
}

/** C30, C41: a rung whose extra set would run the session over its cap takes a hop set's place, then the strides'. */
export function roomFor(s: State): State[] {
  const cut = s.plyo !== 'none' && !s.hopCut;
  return [
    s,
    ...(cut ? [{ ...s, hopCut: true }] : []),
    ...(s.strides === 'session' ? [{ ...s, strides: 'run' as const }] : []),
    ...(cut && s.strides === 'session' ? [{ ...s, hopCut: true, strides: 'run' as const }] : []),
  ];
}

/** #12 dosing: why a weight-dosed raise moves down its ladder (C34 heavy-slow rungs, C38 Rathleff's heel raise). */
export function rungWhy(p: Profile, a: State, b: State): Omit<WeekChange, 'variable' | 'amount'> {
  // What gave way to fit the heavier rung in the session's 35 minutes (C30), if anything.
  const cut =
    b.hopCut && !a.hopCut ? (a.strides !== b.strides ? 'both' : 'hops') : a.strides !== b.strides ? 'strides' : null;
  if (a.seated.rung !== b.seated.rung) {
    const to = b.seated.rung;
    return {
      reason: {
        id: 'change.rung',
        drill: 'seated',
        from: a.seated.rung,
        to,
        sets: rungSets('heavy-slow', to, p.bent.extraSet),
        ...heldRung(p.bent, 'heavy-slow', to, b.cap),
        cut,
      },
      ruleIds: cut ? ['C41', 'R11', 'C30'] : ['C41', 'R11'],
    };
  }
  const to = b.rung ?? 0;
  const more = cut ? (['C30'] as const) : [];
  return p.plantar
    ? {
        reason: {
          id: 'change.rung',
          drill: 'heel-raise',
          from: a.rung ?? 0,
          to,
          sets: rungSets('heel-raise', to, p.straight.extraSet),
          ...heldRung(p.straight, 'heel-raise', to, b.cap),
          cut,
        },
        ruleIds: ['C38', 'R11', ...more],
      }
    : {
        reason: {
          id: 'change.rung',
          drill: 'raise',
          ...(b.range === 'step' ? { drop: true as const } : {}),
          from: a.rung ?? 0,
          to,
          sets: rungSets('heavy-slow', to, p.straight.extraSet),
          ...heldRung(p.straight, 'heavy-slow', to, b.cap),
          cut,
        },
        ruleIds: ['C34', 'R11', ...more],
      };
}

/** The weight ladders a later block's week 1 (`now`) must explain: one that starts a rung lighter than the last block
 * ended (`was`; rule 11's 10% with a new extra set can take it back), and one whose cap (C42, rule 11) keeps a side
 * under its rung's reps all block. Second physiotherapist's reads: a heel raise that ended block 1 on its 10 RM rung
 * began block 2 on the 12 RM one, unsaid; and "right 4 x 11" beside a weight for 12 was explained only in week 4.
 * `was` is null after a retest that fell (C42 starts afresh, from the first rung). */
export function rungsAtStart(p: Profile, was: State | null, now: State): RungAt[] {
  const raise: RungAt['drill'] = p.plantar ? 'heel-raise' : now.range === 'step' ? 'drop' : 'raise';
  const at = (drill: RungAt['drill'], rm: number, back: boolean, held: { held?: SetsReps }): RungAt[] =>
    back || held.held ? [{ drill, rm, ...(back ? { back: true as const } : {}), ...held }] : [];
  const straight = p.plantar ? 'heel-raise' : 'heavy-slow';
  return [
    ...(now.rung !== null && ladderOf(p)
      ? at(raise, now.rung, was?.rung != null && now.rung > was.rung, heldRung(p.straight, straight, now.rung, now.cap))
      : []),
    ...(p.has.seated
      ? at(
          'seated',
          now.seated.rung,
          !!was && now.seated.rung > was.seated.rung,
          heldRung(p.bent, 'heavy-slow', now.seated.rung, now.cap),
        )
      : []),
  ];
}
