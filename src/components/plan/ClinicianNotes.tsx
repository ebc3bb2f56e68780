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

/** Each request the runner answers with a tick under the history questions, and the button that leads to it: a calf
 * strain's check (C13) ends with "cleared", a gap's check before week 3 (C54) with "checked". */
const TICKS = [
  { asks: asksStrainCheck, field: 'f-history-strainCleared', label: 'A clinician has cleared it' },
  { asks: asksGapCheck, field: 'f-history-gapChecked', label: 'A clinician has checked it' },
] as const;

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
      {/* Any request about a calf strain not yet cleared ends when the runner ticks "cleared" (C13), held block or not,
          and a gap's check when they tick "checked" (C54). Phone reviews: "Change my answers" opened the test, two
          steps from that box, and a request that did not hold the block (24/21 after a right strain) had no way to the
          box at all. */}
      {own &&
        TICKS.filter((t) => clinician.some(t.asks)).map((t) => (
          <p class="buttons">
            <button type="button" onClick={() => goTo('week', t.field)}>
              {t.label}
            </button>
          </p>
        ))}
    </section>
  );
}
