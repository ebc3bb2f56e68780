// Which of a plan's notes ask the runner to have a calf, tendon or bone checked by a physiotherapist or doctor.
// The plan still stands (a referral that stops the plan is a Referral, not a note), but these notes go first, above
// today's session and on the first printed page, not among the other notes at the end of the summary: a runner who
// comes back for today's session must not train past a request to see a clinician (physiotherapist's read, issue 14).
// Notes that only say "if this happens, see a clinician" (shin, heel signs, the 6-12 week Achilles review) stay with
// the other notes: they are advice for later, not a request now.
import type { Flag } from '../model/plan-types.ts';

export function asksForClinician(f: Flag): boolean {
  switch (f.id) {
    // Two sessions in a row went badly, the second at a lower dose (C49); not once a clinician has cleared the stop.
    case 'flag.worse-again':
      return f.cleared === undefined;
    case 'flag.hop-pain-high': // "Please see a doctor or physiotherapist about it"
    case 'flag.retest-drop': // a calf that got weaker in training (C42)
    case 'flag.flat-after-weeks': // no gain after 12 weeks (C48)
    case 'flag.block-ended-in-pain': // the last block ended stepped back by pain
    case 'flag.pain-rose': // pain now rose since the last test (C56)
      return true;
    // Sides more than 10% apart after an old injury, both strained and below the norms, or a strained calf hurting now;
    // not once a clinician has cleared the strain.
    case 'flag.old-injury':
      return f.why !== 'cleared' && f.why !== 'drops';
    // A weaker side under 15 raises that no old injury explains (C54); a smaller gap is a note.
    case 'flag.unexplained-gap':
      return f.ask;
    // When the hopping pain stayed from one test to the next, or was in the shin or the calf muscle (C53; a review found
    // a held block's "see the note at the top" pointing at a note at the end of the summary).
    case 'flag.hop-pain-some':
      return f.again || f.shin === true || f.calf === true;
    default:
      return false;
  }
}

/** A request to have a once-strained calf checked (C13): ticking "cleared" under the strain question answers it, and
 * until then the retest's hop test waits for it. */
export const asksStrainCheck = (f: Flag): boolean =>
  f.id === 'flag.old-injury' && f.what !== 'achilles' && asksForClinician(f);

/** A request to have a gap between the calves checked before week 3 (C54, or C13's after an Achilles problem): ticking
 * "checked" under the history questions answers it, and lifts the hold on weeks 3 and 4. */
export const asksGapCheck = (f: Flag): boolean =>
  (f.id === 'flag.unexplained-gap' || (f.id === 'flag.old-injury' && f.what === 'achilles')) &&
  f.holdOn !== undefined &&
  asksForClinician(f);

/** A plan's notes split in two: those asking for a clinician first, the rest in their own order. */
export function splitClinicianNotes(flags: readonly Flag[]): { clinician: Flag[]; other: Flag[] } {
  return { clinician: flags.filter(asksForClinician), other: flags.filter((f) => !asksForClinician(f)) };
}
