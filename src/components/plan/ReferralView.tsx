// No plan: a red flag or pain too high today. What to do, why, and when to come back. No exercises at all.
import { sayReferral } from '../../domain/explain/referral-words.ts';
import { referralTitle } from '../../domain/explain/titles.ts';
import type { Referral } from '../../domain/index.ts';
import { Note, Notes, Why } from './bits.tsx';

export const URGENCY = { emergency: 'Emergency', 'same-day': 'Today', soon: 'Within days' } as const;

export default function ReferralView({ r }: { r: Referral }) {
  return (
    <section class="referral callout danger" aria-labelledby="referral-title">
      {/* Focus moves here when a warning sign is ticked (PlanForm), so it must be focusable. */}
      <h3 id="referral-title" tabIndex={-1}>
        {referralTitle(r)}
      </h3>
      {r.urgency && (
        <p>
          <strong>How urgent: {URGENCY[r.urgency]}.</strong>
        </p>
      )}
      {/* What to do before why (phone review: with calf pain at rest, the booking sat below a ten-line reason, off a
          phone's first screen). Its steps carry no "Why?" of their own: the referral's rules, under "Why this
          advice?", include theirs (phone review: seven pills in an emergency box). */}
      <h4>What to do</h4>
      <Notes notes={r.whatToDo} say={sayReferral} why={false} />
      <h4>Why</h4>
      <Notes notes={r.reasons} say={sayReferral} />
      <p>
        <strong>When to come back:</strong> <Note note={r.reEntry} say={sayReferral} />
      </p>
      <p class="hint">
        <Why ids={r.ruleIds} label="Why this advice?" />
      </p>
    </section>
  );
}
