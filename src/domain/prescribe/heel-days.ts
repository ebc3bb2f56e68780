// #12 dosing, C38: plantar heel pain's high-load heel raise goes "every second day" (Rathleff 2015). Loaded sessions
// carry it; where two of them leave a gap of four days or more, a short session of this raise alone goes two days
// after the last one, so the raise never comes on two days in a row and never more than three days apart (a 3-day
// gap stays: filling it would put the raise on consecutive days). Offsets are days 0-6 from the week's start; the
// pattern repeats every week, so the gap from the last to next week's first loaded day counts too.
import type { Profile } from '../assess/profile.ts';
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { PrescribedDrill } from '../model/plan-types.ts';
import { warmUp } from './mobility-drills.ts';

/** Days between two heel-raise days: every second day, and never closer (C38). */
export const HEEL_EVERY_DAYS = 2;

/** Offsets (0-6) of the short heel-raise sessions between the loaded days (which are ascending, 0-6). A day that
 * clashes with the runner's week (long run, the day before it, a hard session or the day before one: C6) moves one
 * day later when the every-second-day spacing still holds. */
export function heelDays(loaded: readonly number[], clashes: (offset: number) => boolean = () => false): number[] {
  const out: number[] = [];
  for (let i = 0; i < loaded.length; i++) {
    const from = loaded[i];
    const to = i + 1 < loaded.length ? loaded[i + 1] : loaded[0] + 7;
    for (let d = from + HEEL_EVERY_DAYS; to - d >= HEEL_EVERY_DAYS; d += HEEL_EVERY_DAYS) {
      const later = d + 1;
      const move = clashes(d % 7) && !clashes(later % 7) && to - later >= HEEL_EVERY_DAYS;
      if (move) d = later;
      out.push(d % 7);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The short session: the warm-up's ankle drill, then the heel raise exactly as in this week's loaded session. */
export function heelSessionDrills(p: Profile, loadedDrills: readonly PrescribedDrill[]): PrescribedDrill[] {
  const ankle = warmUp(p).filter((d) => DRILL_CATALOG[d.drill].kind === 'mobility' && d.drill !== 'soft-tissue-prep');
  // C46: the loaded session gives the test's warm-up on its first weighted drill, which may be another one; the short
  // session's raise at an RM weight needs it too (physiotherapist review).
  const raise = loadedDrills
    .filter((d) => d.drill === 'high-load-heel-raise')
    .map((d) =>
      d.load?.kind === 'repetition-maximum' && !d.notes.some((n) => n.id === 'drill.rm-warm-up')
        ? { ...d, notes: [...d.notes, { id: 'drill.rm-warm-up' as const, ruleIds: ['C46' as const, 'R1' as const] }] }
        : d,
    );
  return [...ankle, ...raise];
}
