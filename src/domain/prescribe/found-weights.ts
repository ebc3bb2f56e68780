// A heel drop's weight is found once, in the first session that uses it (C46), and then kept (C33). Later weeks of the
// block that use the same weight say so instead of "find it the first time only" again (physiotherapist's read: the
// how-to repeated that every week, and "that first session takes a few minutes longer" in week 4). Pure.
import type { Week } from '../model/plan-types.ts';

/** The weeks, with each drop's how-to marked `found` where an earlier week used the same weight on the same drill. */
export function withFoundWeights(weeks: readonly Week[]): Week[] {
  const seen = new Set<string>();
  return weeks.map((w) => {
    const before = new Set(seen);
    const sessions = w.sessions.map((s) => ({
      ...s,
      drills: s.drills.map((d) => ({
        ...d,
        notes: d.notes.map((n) => {
          if (n.id !== 'drill.drop-how' || !n.rm) return n;
          // The weight is the drill's repetition maximum and the reps it leaves in reserve (C33).
          const key = `${d.drill}|${n.rm}|${n.reserve?.min ?? 0}`;
          seen.add(key);
          return before.has(key) ? { ...n, found: true as const } : n;
        }),
      })),
    }));
    return { ...w, sessions };
  });
}
