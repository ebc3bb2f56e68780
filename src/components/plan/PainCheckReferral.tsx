// A clinician referral from the last session's pain check (C23, C50, C51), above today's session until a later session
// is checked in. Phone review: after the pain check said "see a clinician soon", the plan page went on showing the
// week's runs and a Start button, and nothing of what had been said. The domain decides (painCheckReferral); this says
// it: what to do first, then why in a fold (a second phone review: with both open the box was taller than the screen).
import { useStore } from '@nanostores/preact';
import { type Baseline, painCheckReferral, referralTitle, sayReferral } from '../../domain/index.ts';
import { $history } from '../../stores/plan-history.ts';
import { Notes, Why } from './bits.tsx';
import { URGENCY } from './ReferralView.tsx';

const dayWords = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

export default function PainCheckReferral({ pastProblems }: { pastProblems: Baseline['history'] }) {
  const log = useStore($history)?.log;
  const standing = log ? painCheckReferral(log, pastProblems) : null;
  if (!standing) return null;
  const r = standing.referral;
  return (
    <section class="callout danger no-print" aria-labelledby="pain-check-referral">
      <h3 id="pain-check-referral">
        Your pain check on {dayWords(standing.date)}: {referralTitle(r).toLowerCase()}
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
