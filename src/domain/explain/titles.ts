// Headings the engine's data needs: week, session, gate and referral titles, and the name of a week's change.
import type { Phrase } from '../model/phrases.ts';
import type { ChangedVariable, Gate, PlanSummary, Referral, Session, Week } from '../model/plan-types.ts';
import { type GateId, PHASE_LABELS } from '../model/vocabulary.ts';

/** A week held at week 1's dose (week 2's, C54) until a clinician or a calmer retest allows more (C13, C22, C43, C45). */
const HELD = new Set<Phrase['id']>([
  'change.held-pain',
  'change.held-rose',
  'change.held-drop',
  'change.held-hop',
  'change.held-strain',
  'change.held-gap',
]);

/** "Week 2: Strength and eccentric"; a held week says so instead of a phase it does not train (phone review: the
 * phase's title sat above "What changes: nothing"). */
export const weekTitle = (w: Pick<Week, 'number' | 'phase' | 'change' | 'adjustment'>) =>
  `Week ${w.number}: ${w.adjustment?.action === 'hold' ? (w.adjustment.stopped ? 'Calf sessions wait for a check' : w.adjustment.cleared ? 'Lower dose' : 'Lower dose until checked') : weekHeld(w) ? 'Same dose, on hold' : sameDose(w) ? 'Same dose' : PHASE_LABELS[w.phase]}`;

/** A week that repeats the last dose: rule 9's with one session a week, or one whose possible steps change none of
 * the runner's drills (physiotherapist's reads: "Week 2: Strength and eccentric" above "Change: none" and no heel drop).
 * Not a week the log moved: its own words say what it does. */
const sameDose = (w: Pick<Week, 'change' | 'adjustment'>) =>
  (w.change.reason.id === 'change.held' || w.change.reason.id === 'change.none') && !w.adjustment;

/** Held by the plan, or by the log (C49, whose weeks step back once more and are titled so: physiotherapist's reads,
 * "Week 4: Strength and eccentric", then "Same dose", above a held lower dose). */
export const weekHeld = (w: Pick<Week, 'change' | 'adjustment'>): boolean =>
  HELD.has(w.change.reason.id) || w.adjustment?.action === 'hold';

export const sessionTitle = (s: Pick<Session, 'kind'>) =>
  s.kind === 'loaded'
    ? 'Loaded calf session'
    : s.kind === 'heel-raise'
      ? 'Short heel-raise session'
      : 'Short activation';

/** Above today's session: the plan's notes that ask for a physiotherapist or doctor (screen/clinician-notes.ts). */
export const CLINICIAN_HEADING = 'Have this checked by a physiotherapist or doctor';

export const GATE_TITLES: Record<GateId, string> = {
  plyometrics: 'Hops (plyometrics)',
  'single-leg-hops': 'Single-leg hops',
  'running-integration': 'Strides (short, fast runs)',
};

/** Above the gates, in a runner's words (phone review: "Gates" meant nothing to a runner). */
export const GATES_HEADING = 'When hops and strides start';

/** An open gate the block does not use, as it holds its dose (one that `waits`), or no longer uses: C49's `held`
 * brings in no hops from its two bad sessions on, whatever the weeks before them had (physiotherapist's read:
 * "open (starts in week 3)" stood under a request for a check and "no hops"). */
const held = (g: Pick<Gate, 'status' | 'usedFromWeek'>, k: PlanSummary['keepGoing']) =>
  g.status === 'open' && (k.held || (!g.usedFromWeek && k.waits));

/** When a gate's work starts, after its title and state ('' for a locked gate): the screen and the text plan say it
 * alike. A block that holds its dose (C49's `held`, or one that `waits`) uses no open gate, and says so in the gate's
 * own work (physiotherapist's read: "open (not used…)" could be read as leave to hop). */
export function gateWhen(g: Pick<Gate, 'id' | 'status' | 'usedFromWeek'>, k: PlanSummary['keepGoing']): string {
  if (held(g, k))
    return `no ${GATE_WORK[g.id]} while ${k.stop === 'waits' ? 'your calf sessions wait for a check' : 'your plan holds its dose'}, though your test alone would allow them`;
  if (g.usedFromWeek) return `starts in week ${g.usedFromWeek}`;
  // Phone review: "open, starts after week 4" read as a contradiction; the block simply had no week left for it.
  return g.status === 'open' ? 'starts in your next block, after week 4' : '';
}

/** A gate's state, after its title: an open gate a held block does not use is "on hold" (physiotherapist's read:
 * "open" was read as leave to hop). */
export const gateState = (g: Pick<Gate, 'status' | 'usedFromWeek'>, k: PlanSummary['keepGoing']): string =>
  held(g, k) ? 'on hold' : g.status;

/** What a gate lets in, in a runner's words. */
export const GATE_WORK: Record<GateId, string> = {
  plyometrics: 'hops',
  'single-leg-hops': 'single-leg hops',
  'running-integration': 'strides',
};

export const CHANGE_LABELS: Record<ChangedVariable, string> = {
  load: 'Load',
  reps: 'Reps',
  tempo: 'Tempo',
  range: 'Range',
  'single-leg': 'Single-leg work',
  plyometric: 'Hops',
};

export function referralTitle(r: Pick<Referral, 'reason' | 'urgency'>): string {
  if (r.reason === 'no-loading-today') return 'No loading today';
  return r.urgency === 'emergency'
    ? 'Get emergency care now'
    : r.urgency === 'same-day'
      ? 'See a clinician today'
      : 'See a clinician soon';
}

export const minutesText = (minutes: number) => `about ${minutes} min`;
