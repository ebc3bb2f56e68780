// Words for the plan form: option labels, and a full name for each field so errors listed away from the form
// (share links, backups) still say which answer they are about. Also the dates and the parent's line the plan's views
// share.

import {
  EQUIPMENT_QUESTIONS as KIT,
  PAIN_LOCATION_LABELS as PAIN_PLACES,
  WEEKDAY_LABELS as WEEKDAY_NAMES,
} from '../../domain/model/vocabulary.ts';
import { fieldFor } from '../../lib/plan-io/form-draft.ts';

export { KIT, PAIN_PLACES, WEEKDAY_NAMES };

export const FIELD_NAMES: Record<string, string> = {
  redFlags: 'Red-flag questions',
  // Whole groups, for errors about a group as such (a stored or shared baseline missing one).
  straightKnee: 'Straight-knee heel raises',
  bentKnee: 'Bent-knee heel raises',
  hopTest: 'Hop test',
  'straightKnee.left': 'Straight-knee heel raises, left leg',
  'straightKnee.right': 'Straight-knee heel raises, right leg',
  'bentKnee.left': 'Bent-knee heel raises, left leg',
  'bentKnee.right': 'Bent-knee heel raises, right leg',
  'hopTest.left': 'Hop test, left leg',
  'hopTest.right': 'Hop test, right leg',
  'hopTest.pain': 'Pain while hopping',
  'hopTest.where': 'Where hopping hurt',
  painNow: 'Pain right now',
  painLocations: 'Where it hurts',
  age: 'Age',
  sex: 'Sex for the norms',
  'history.calfStrain': 'Old calf strain',
  history: 'Past problems',
  sessionsPerWeek: 'Loaded calf sessions a week',
  equipment: 'Equipment',
  runDays: 'Run days',
  longRunDay: 'Long-run day',
  hardDays: 'Hard-session days',
  startDate: 'Start date',
  // #12 screen
  'history.achillesPart': 'Which part of the Achilles',
};

/** "Straight-knee heel raises, left leg: Enter a whole number ..." */
export const describeError = (path: string, message: string) => {
  const name = FIELD_NAMES[fieldFor(path)] ?? FIELD_NAMES[path.split('.')[0]];
  return name ? `${name}: ${message}` : message;
};

export const HISTORY = {
  achillesTendinopathy: 'Achilles tendon pain (tendinopathy)',
  plantarHeelPain: 'Pain under the heel (plantar heel pain)',
  shinPain: 'Shin pain',
  crampsInLongRuns: 'Calf cramps in long runs',
};

export const CALF_STRAIN = { none: 'No', left: 'Yes, left', right: 'Yes, right', both: 'Yes, both sides' };

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-03" -> "Monday 3 March", for a sentence about a day near now. */
export const longDay = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

/** "2025-03-03" -> "Mon 3 Mar 2025". Written out by hand so every browser shows the same words. */
export function day(iso: string, year = true): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${WD[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${year ? ` ${d.getUTCFullYear()}` : ''}`;
}

/** Under 16 (C24): a request to see a clinician goes to a parent or guardian too, as a referral's does
 * (physiotherapist's read: a 15-year-old's check for hopping pain in the shin named no adult). */
export const TELL_PARENT = { id: 'todo.tell-parent' } as const;
