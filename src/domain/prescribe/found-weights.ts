// A heel drop's weight is found once, in the first session that uses it (C46), and then kept (C33). Later weeks that
// use the same weight, in this block or after a block whose check-ins show it used (C41), say so instead of "find it the first time only"
// again (physiotherapist's read: the how-to repeated that every week, and "that first session takes a few minutes
// longer" in week 4). Pure.
import type { PrescribedDrill, Week } from '../model/plan-types.ts';

/** The weight a drop's how-to names: the drill, its repetition maximum, the reps it leaves in reserve (C33), and
 * the kit (a weight found with a backpack on a step is not one on a calf machine: physiotherapist's read). */
type DropHow = { rm: number | null; machine: boolean; reserve?: { min: number } };
const keyOf = (drill: string, n: DropHow): string =>
  `${drill}|${n.rm}|${n.reserve?.min ?? 0}|${n.machine ? 'machine' : 'step'}`;

/** The drop weights a session's drills use (adjust/weights-done.ts passes those of the sessions done on). */
export const dropWeightsOf = (drills: readonly PrescribedDrill[]): string[] =>
  drills.flatMap((d) => d.notes.flatMap((n) => (n.id === 'drill.drop-how' && n.rm ? [keyOf(d.drill, n)] : [])));

/** A straight-knee raise on one leg dosed by a repetition maximum: its weight is the one a drop of the same maximum uses
 * (a drop's weight is "one you could lift N times in a single-leg raise"), on the same kit. Second physiotherapist's
 * read: a strong runner's drop week asked to find again the weight week 1 had found on the same machine. */
function raiseWeight(d: PrescribedDrill): string | null {
  const l = d.load;
  if (d.drill !== 'single-leg-heel-raise' || l?.kind !== 'repetition-maximum' || l.on === 'knees') return null;
  return keyOf('eccentric-drop-straight', { rm: l.reps, machine: l.on === 'machine', reserve: l.reserve });
}

/** The weeks, with each drop's how-to marked `found` where an earlier week (or `known`, the block before's weights)
 * used the same weight on the same drill, and `raise` too where only an earlier single-leg raise did. `kept`: the block
 * ends with the standing weight still in reserve, so no week of it makes the drop heavier (physiotherapist's read:
 * "until the week your plan makes it heavier" in a block where that week never came). */
export function withFoundWeights(weeks: readonly Week[], known: readonly string[] = [], kept = false): Week[] {
  const seen = new Map<string, 'drop' | 'raise'>(known.map((k) => [k, 'drop']));
  return weeks.map((w) => {
    const before = new Map(seen);
    const sessions = w.sessions.map((s) => ({
      ...s,
      drills: s.drills.map((d) => {
        const raised = raiseWeight(d);
        if (raised && !seen.has(raised)) seen.set(raised, 'raise');
        return {
          ...d,
          notes: d.notes.map((n) => {
            if (n.id !== 'drill.drop-how' || !n.rm) return n;
            const key = keyOf(d.drill, n);
            seen.set(key, 'drop');
            const was = before.get(key);
            const m = kept && n.reserve ? { ...n, kept: true as const } : n;
            return was ? { ...m, found: true as const, ...(was === 'raise' ? { raise: true as const } : {}) } : m;
          }),
        };
      }),
    }));
    return { ...w, sessions };
  });
}
