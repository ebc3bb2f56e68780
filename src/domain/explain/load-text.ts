// Added load in words (rule 11), and, when the runner gave a body weight, the share of body weight as an amount in
// kg or lb. Pure: the body weight and unit come in as arguments.
import type { Load, PrescribedDrill, WeekChange } from '../model/plan-types.ts';
import { stopsShort } from '../model/stops-short.ts';
import { fromKg, type Unit } from './weight-units.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** `before`: the load steps this kind of weight had at the runner's last calf session (weight-steps.ts), so a week
 * without a step keeps the weight and a step back takes one off; absent, a step is said as a step. */
export function loadText(l: Load, before?: number, short = false): string {
  const pct = `${l.percent.min}-${l.percent.max}%`;
  if (l.kind === 'body-weight') {
    if (before !== undefined && before > l.steps)
      return `Take ${before - l.steps === 1 ? `one load step (${pct} of your body weight)` : `${before - l.steps} load steps (${pct} of your body weight each)`} out of the backpack or dumbbell you used last time: ${stepCount(l.steps)} now.`;
    if (before !== undefined && before === l.steps)
      return `Keep the backpack or dumbbell you used last time (${stepCount(l.steps)} of ${pct} of your body weight so far).`;
    return l.steps === 1
      ? `Add ${pct} of your body weight in a backpack (or a dumbbell in your free hand), only if in your last session you could have done 1-2 more reps on every set.`
      : `Add another ${pct} of your body weight to last week's backpack or dumbbell (${l.steps} load steps so far), only if in your last session you could have done 1-2 more reps on every set.`;
  }
  // C33: week 1's weight leaves reps in reserve, so its words give that weight, not the RM (physio read).
  if (l.reserve) return reserveText(l, l.reserve, short);
  // #12 dosing: a standing raise dosed by its repetition maximum (C34 ladder, C38 heel raise). No "(15RM)": the words
  // already say it, and a runner does not (physiotherapist's read).
  if (l.on === 'machine')
    return `On a standing calf machine, one leg at a time, use a weight you could lift about ${l.reps} times.`;
  if (l.on === 'body')
    return l.kitless
      ? kitlessText(`about ${l.reps} reps`)
      : `Wear a backpack (or hold a dumbbell in your free hand) heavy enough that you could do about ${l.reps} reps, or use body weight alone if that is already heavy enough.`;
  return `${seatedKit(l.only)} that one leg could lift about ${l.reps} times${stepsText(l, before)}.`;
}

/** C38's heel raise for a runner who ticked no backpack or weights: body weight first. */
const kitlessText = (reps: string) =>
  `Body weight alone while you could do no more than ${reps}; if you could do more, wear a backpack with a few books in it (and tick “Backpack or weights” at your next retest).`;

const stepCount = (n: number) => `${n} load ${n === 1 ? 'step' : 'steps'}`;

/** A standing raise back on body weight alone after a session with weight on it (a step back, rule 8). */
const OFF_TEXT = 'No backpack or dumbbell this time: body weight alone, a step back from last time.';

/** The seated raise's load steps (rule 11) on top of its weight, against `before` (loadText). Physiotherapist's read:
 * "plus 2-10% for each load step (1 step so far)" was hard to follow. */
function stepsText(l: Extract<Load, { kind: 'repetition-maximum' }>, before?: number): string {
  const pct = `${l.percent.min}-${l.percent.max}%`;
  if (before !== undefined && before > l.steps)
    return l.steps === 0
      ? `, without the ${pct} load steps you added to it before`
      : `, plus ${pct} for ${l.steps === 1 ? 'your one load step' : `each of your ${stepCount(l.steps)}`}: ${before - l.steps === 1 ? 'one step' : `${before - l.steps} steps`} fewer than last time`;
  if (l.steps === 0) return '';
  // This week's step, taken once the reps allow it (a first step not known to be taken is said as one too).
  const ahead = before === undefined ? l.steps === 1 : before < l.steps;
  if (l.steps === 1)
    return ahead
      ? `, then ${pct} more once you could do 1-2 more reps on every set`
      : `, plus ${pct} for your one load step so far`;
  return ahead
    ? `, plus ${pct} for each of your ${stepCount(l.steps)} so far, this week's only once you could do 1-2 more reps on every set`
    : `, plus ${pct} for each of your ${stepCount(l.steps)} so far`;
}

/** A drill's weight in words, or null: none, or a heel drop whose own note already gives it (its weight is measured on
 * a single-leg raise). Said once (physiotherapist's read: "On a standing calf machine, one leg at a time" above a
 * note that begins "Rise on both feet", both naming the same weight). */
export function drillLoadText(d: PrescribedDrill): string | null {
  if (!d.load) return d.stepsBefore ? OFF_TEXT : null;
  if (d.notes.some((n) => n.id === 'drill.drop-how' && n.rm !== null)) return null;
  // A side whose sets stop short of the weight's reps (a later block's cap, C42): "2-3 more than the set" would pick a
  // weight for 11-12 beside sets of 9, about the old heavier one (physiotherapist's read).
  const text = loadText(d.load, d.stepsBefore, stopsShort(d));
  // C37: sides that differ use the weaker leg's weight on both. Said with the weight, in every table, since a printed
  // week's sheet may be all the runner holds (physiotherapist's read: week 1's note alone left weeks 2-4 without it).
  return d.load.kind === 'repetition-maximum' && d.left.sets !== d.right.sets
    ? `${text} Find it with the leg doing more sets; use it on both.`
    : text;
}

/** The seated raise's kit, for one leg (the plan doses each leg on its own: "one leg could lift" says the weight is one
 * leg's, not two's). Short: it prints under every session (the handout keeps its five pages). Physiotherapist's reads:
 * one leg's 15-rep maximum is often more than a dumbbell balanced on a thigh, so a machine is named first where the
 * runner has one; a runner with weights only is not sent to find one; "on one knee" did not say which, or where. */
const seatedKit = (only: 'machine' | 'weight' | undefined): string =>
  only === 'machine'
    ? 'Use a seated calf machine with a weight'
    : only === 'weight'
      ? 'Use a dumbbell or a loaded backpack, resting just above the knee,'
      : 'Use a seated calf machine or a weight just above the knee';

/** A weight liftable a few more times than the set's reps (C33: new this block), then the RM a load step moves it to. */
function reserveText(
  l: Extract<Load, { kind: 'repetition-maximum' }>,
  r: { min: number; max: number },
  short: boolean,
): string {
  // The bracket follows the count it explains (physiotherapist's read: it trailed "body weight alone").
  const more = `(${r.min}-${r.max} more than ${short ? `a full set of ${l.reps}` : 'the set'})`;
  const times = `about ${l.reps + r.min}-${l.reps + r.max} times ${more}`;
  // Short: it prints under every session of the week (the handout keeps its five pages).
  // No "later 15RM": nothing on paper said what 15RM is, and in a block whose load week never comes "later" never did
  // (physiotherapist's read). The week that moves to the RM says so in its change.
  return {
    machine: `On a standing calf machine, one leg at a time, use a weight you could lift ${times}.`,
    body: l.kitless
      ? kitlessText(`about ${l.reps + r.min}-${l.reps + r.max} reps ${more}`)
      : `Wear a backpack (or hold a dumbbell in your free hand) heavy enough that you could do about ${l.reps + r.min}-${l.reps + r.max} reps ${more}, or use body weight alone if that is already heavy enough.`,
    knees: `${seatedKit(l.only)} that one leg could lift ${times}${stepsText(l, l.steps)}.`,
  }[l.on];
}

/** "About 1.4-7 kg for your body weight of 70 kg." */
function shareOfBodyWeight(percent: { min: number; max: number }, kg: number, unit: Unit): string {
  const w = fromKg(kg, unit);
  const part = (p: number) => String(round1((w * p) / 100));
  return `About ${part(percent.min)}-${part(percent.max)} ${unit} for your body weight of ${round1(w)} ${unit}.`;
}

/** The amount for a first step of body-weight load; null when the load is relative or no body weight is known. */
export function loadFigure(l: Load | null, kg: number | null, unit: Unit): string | null {
  if (!l || kg == null || l.kind !== 'body-weight' || l.steps !== 1) return null;
  return shareOfBodyWeight(l.percent, kg, unit);
}

/** The amount for a week whose change adds body-weight load to standing raises. */
export function changeFigure(c: WeekChange, kg: number | null, unit: Unit): string | null {
  // A step from reps in reserve to the RM (C33) adds no share of body weight.
  if (kg == null || c.reason.id !== 'change.load' || !c.reason.standing || c.reason.fromReserve) return null;
  return shareOfBodyWeight(c.reason.percent, kg, unit);
}
