// The plan's requests to see a physiotherapist or doctor, first: above the morning check and today's session (on
// paper they open page 1's summary instead, inside its two columns: SummaryView). The plan goes on (a warning sign that stops it is a Referral), but a runner who comes
// back for today's session reads these before training, not at the end of the summary (issue 14, physio read).
import { CLINICIAN_HEADING, type Plan, say, splitClinicianNotes } from '../../domain/index.ts';
import { FlagNote, FlagNotes } from './bits.tsx';
import { TELL_PARENT } from './labels.ts';

export default function ClinicianNotes({ plan }: { plan: Plan }) {
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
    </section>
  );
}
