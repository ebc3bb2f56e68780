// Which figure shows a prescribed drill. A heel-bone plan's cooldown leaves out the wall calf stretches that the
// cooldown's own figure draws (rule 17: no stretch that pulls the toes towards the shin), so it shows the ankle
// movement it keeps instead (phone review: the player drew two wall stretches above "leave out the wall stretches").
import type { PrescribedDrill } from '../domain/index.ts';

/** The figure's file name under figures/, without ".svg". */
export function figureFor(d: Pick<PrescribedDrill, 'drill' | 'notes'>): string {
  if (d.drill === 'cooldown-mobility' && d.notes.some((n) => n.id === 'drill.cooldown-insertional'))
    return 'plantarflexion-mobility';
  return d.drill;
}
