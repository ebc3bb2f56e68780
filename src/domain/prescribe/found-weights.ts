// A heel drop's weight is found once, in the first session that uses it (C46), and then kept (C33). Later weeks that
// use the same weight, in this block or after the block before (C41), say so instead of "find it the first time only"
// again (physiotherapist's read: the how-to repeated that every week, and "that first session takes a few minutes
// longer" in week 4). Pure.
import type { Week } from '../model/plan-types.ts';

/** The weight a drop's how-to names: the drill, its repetition maximum and the reps it leaves in reserve (C33). */
type DropHow = { rm: number | null; reserve?: { min: number } };
const keyOf = (drill: string, n: DropHow): string => `${drill}|${n.rm}|${n.reserve?.min ?? 0}`;

/** The drop weights `weeks` use, for the next block to know them (C41). */
export const dropWeights = (weeks: readonly Week[]): string[] =>
  weeks.flatMap((w) =>
    w.sessions.flatMap((s) =>
      s.drills.flatMap((d) => d.notes.flatMap((n) => (n.id === 'drill.drop-how' && n.rm ? [keyOf(d.drill, n)] : []))),
    ),
  );

/** The weeks, with each drop's how-to marked `found` where an earlier week (or `known`, the block before's weights)
 * used the same weight on the same drill. */
export function withFoundWeights(weeks: readonly Week[], known: readonly string[] = []): Week[] {
  const seen = new Set(known);
  return weeks.map((w) => {
    const before = new Set(seen);
    const sessions = w.sessions.map((s) => ({
      ...s,
      drills: s.drills.map((d) => ({
        ...d,
        notes: d.notes.map((n) => {
          if (n.id !== 'drill.drop-how' || !n.rm) return n;
          const key = keyOf(d.drill, n);
          seen.add(key);
          return before.has(key) ? { ...n, found: true as const } : n;
        }),
      })),
    }));
    return { ...w, sessions };
  });
}
