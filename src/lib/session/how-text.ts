// The line the session player shows under a drill's figure (issue 13's guided session): how the drill is done, then
// its load, in the plan's own words. Pure: the drill, its notes and the build-time how-tos in, a sentence out.
import { drillLoadText, type PrescribedDrill, say } from '../../domain/index.ts';
import { type HowTo, howToFor } from '../how-to.ts';

/** How a rep is done where the drill’s name does not say it all (lower on one leg, off a step, towel under the toes):
 * these notes stand in for the drill's one-line how-to, which they would contradict. */
const INSTEAD = new Set(['drill.lower-on-one', 'drill.drop-how', 'drill.heel-raise-how']);
/** Notes that add to it: a hand on a support over 65, feet flat, how long each squeeze is held, the warm-up before a
 * weight (phone review: the squeeze screen said "5 reps, at your pace" and never "hold each about 10 seconds"). */
const ALSO = new Set([
  'drill.hand-support',
  'drill.seated-feet-flat',
  'drill.squeeze-hold',
  'drill.rm-warm-up',
  'drill.cooldown-insertional',
  'drill.instead-of-knee-to-wall',
]);

/** The line the player shows under the figure: how the drill is done, then its load (phone review: a first-timer met
 * "Loaded seated soleus raise, 15 reps" with no word on what to do or lift). A drop's own note already gives its
 * weight, so its load is not said twice. */
export function howText(d: PrescribedDrill, t: HowTo): string {
  const instead = d.notes.filter((n) => INSTEAD.has(n.id));
  const also = d.notes.filter((n) => ALSO.has(n.id)).map((n) => say(n));
  const how = instead.length ? instead.map((n) => say(n)).join(' ') : howToFor(t, d.drill, d.stance);
  return [how, ...also, drillLoadText(d)].filter(Boolean).join(' ');
}
