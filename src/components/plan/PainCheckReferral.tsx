// A clinician referral from the last session's pain check (C23, C50, C51), above today's session until a later session
// is checked in. Phone review: after the pain check said "see a clinician soon", the plan page went on showing the
// week's runs and a Start button, and nothing of what had been said. The domain decides (painCheckReferral, called once
// in PlanTop); this says it: what to do first, then why in a fold (a second phone review: with both open the box was taller than the screen).
import { referralTitle, type StandingReferral, sayReferral } from '../../domain/index.ts';
import { Notes, Why } from './bits.tsx';
import { longDay } from './labels.ts';
import { URGENCY } from './ReferralView.tsx';

export default function PainCheckReferral({ standing }: { standing: StandingReferral }) {
  const r = standing.referral;
  return (
    <section class="callout danger no-print" aria-labelledby="pain-check-referral">
      <h3 id="pain-check-referral">
        Your pain check on {longDay(standing.date)}: {referralTitle(r).toLowerCase()}
      </h3>
      <p>
        {r.urgency && <strong>How urgent: {URGENCY[r.urgency]}. </strong>}
        Your plan below is on hold until then. Once a clinician has cleared you to load the calf again, go on with your
        next session: its pain check asks again.
      </p>
      <Notes notes={r.whatToDo} say={sayReferral} />
      <details>
        <summary>Why</summary>
        <Notes notes={r.reasons} say={sayReferral} />
        <p class="hint">
          <Why ids={r.ruleIds} label="Why this advice?" />
        </p>
      </details>
    </section>
  );
}
