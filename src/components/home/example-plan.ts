// The home page's example: the plan the engine builds for worked example 1 (exampleBaseline), computed at build
// time. Only numeric and id fields are read (sets, reps, seconds, contacts, tempo, stance, firstSide, drill,
// dates); the engine's sentences are not parsed.
import {
  createPlan,
  exampleBaseline,
  PHASES,
  type Plan,
  type PrescribedDrill,
  type Side,
  sideDoseText,
} from '../../domain/index.ts';

export function examplePlan(): Plan {
  const out = createPlan(exampleBaseline);
  if (!out.ok || out.result.kind !== 'plan') throw new Error('The example baseline no longer gives a plan');
  return out.result;
}

export const phaseTitle = (id: string) => PHASES.find((p) => p.id === id)?.title ?? id;

/** "3 × 12", "5 × 45 s", "3 × 10 landings" as the plan says it, or null when the side has no sets. Per leg. */
export const doseText = (d: PrescribedDrill, side: Side): string | null => sideDoseText(d[side]) || null;

/** "3 s up, 3 s down" from the dose's tempo in seconds, or null. */
export function tempoText(d: PrescribedDrill): string | null {
  if (!d.tempo) return null;
  const { up, pause, down } = d.tempo;
  return [`${up} s up`, pause > 0 && `${pause} s hold`, `${down} s down`].filter(Boolean).join(', ');
}

/** The main work of a session: loaded drills with a tempo or landings, leaving out warm-up and cool-down. */
export const mainDrills = (drills: PrescribedDrill[]) =>
  drills.filter((d) => d.tempo !== null || d.left.contacts !== null || d.right.contacts !== null);
