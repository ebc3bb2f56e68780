// The plan's requests to see a physiotherapist or doctor, first: above the morning check and today's session (on
// paper they open page 1's summary instead, inside its two columns: SummaryView). The plan goes on (a warning sign that stops it is a Referral), but a runner who comes
// back for today's session reads these before training, not at the end of the summary (issue 14, physio read).
import {
  asksGapCheck,
  asksStrainCheck,
  CLINICIAN_HEADING,
  type Plan,
  say,
  splitClinicianNotes,
} from '../../domain/index.ts';
import { goTo } from '../../stores/plan-steps.ts';
import { FlagNote, FlagNotes } from './bits.tsx';
import { TELL_PARENT } from './labels.ts';

/** `own`: the runner's own plan, whose answers can change (a shared plan's cannot). */
export default function ClinicianNotes({ plan, own }: { plan: Plan; own: boolean }) {
  const { clinician } = splitClinicianNotes(plan.summary.flags);
  if (!clinician.length) return null;
  return (
    <section class="callout danger clinician-notes no-print" aria-labelledby="clinician-title">
      <h3 id="clinician-title">{CLINICIAN_HEADING}</h3>
      {/* One request is a paragraph: a list's indent cost a long request two lines on a phone, and pushed today's
          Start below the first screen (phone review: the shin and calf hopping request, Start 5 px under the fold). */}
      {clinician.length === 1 ? (
        <p>
          <FlagNote f={clinician[0]} say={say} />
        </p>
      ) : (
        <FlagNotes flags={clinician} say={say} />
      )}
      {plan.summary.keepGoing.young && <p>{say(TELL_PARENT)}</p>}
      {/* Any request about a calf strain not yet cleared ends when the runner ticks "cleared" (C13), held block or not.
          Phone reviews: "Change my answers" opened the test, two steps from that box, and a request that did not hold
          the block (24/21 after a right strain) had no way to the box at all. */}
      {own && clinician.some(asksStrainCheck) && (
        <p class="buttons">
          <button type="button" onClick={() => goTo('week', 'f-history-strainCleared')}>
            A clinician has cleared it
          </button>
        </p>
      )}
      {/* C54: the gap's check, asked before week 3, is answered the same way: its box under the history questions. */}
      {own && clinician.some(asksGapCheck) && (
        <p class="buttons">
          <button type="button" onClick={() => goTo('week', 'f-history-gapChecked')}>
            A clinician has checked it
          </button>
        </p>
      )}
    </section>
  );
}
