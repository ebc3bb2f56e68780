// Calf sessions that are over without a check-in (this week's, and last week's until this week's first calf session:
// unchecked.ts says why), each with a way to check in late: the plan follows the log, and counts a calf session with
// no check-in as missed once its week is over (C40). The form itself loads on the click (LateCheckIn). Last week's
// sessions that it is too late for are named, with why, so the runner does not look for a way that is not there.
import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { type Plan, sessionTitle } from '../../domain/index.ts';
import { closedCalf, type SessionAt, uncheckedCalf } from '../../lib/session/unchecked.ts';
import { $history } from '../../stores/plan-history.ts';
import { Why } from '../plan/bits.tsx';
import { day, longDay } from '../plan/labels.ts';
import type { LateProps } from './LateCheckIn.tsx';

/** `today`: the runner's local day, 'YYYY-MM-DD'. */
export default function LateCheckIns({
  plan,
  today,
  drillTitles,
}: {
  plan: Plan;
  today: string;
  drillTitles: Record<string, string>;
}) {
  const log = useStore($history)?.log;
  const [open, setOpen] = useState<SessionAt | null>(null);
  const [Form, setForm] = useState<FunctionComponent<LateProps> | null>(null);
  const [failed, setFailed] = useState(false);
  // An own plan only: a shared plan has no log here ($history is null).
  if (!log) return null;
  const late = uncheckedCalf(plan, today, log.entries);
  const { sessions: closed, since } = closedCalf(plan, today, log.entries);
  if (!late.length && !closed.length && !open) return null;
  // The day's button opens its form, and closes it again before it is saved (phone review: no way back out).
  const start = (at: SessionAt) =>
    open?.session.date === at.session.date
      ? setOpen(null)
      : import('./SessionPlayer.tsx').then(
          (m) => {
            setFailed(false);
            setForm(() => m.LateCheckIn);
            setOpen(at);
          },
          () => setFailed(true),
        );
  const done = () => {
    setOpen(null);
    // Back to the plan's next step: the next late session, else today's session's heading (this box is then gone, and
    // a morning question about the session may now show there).
    setTimeout(() => document.querySelector<HTMLElement>('.late-check-ins li button, #today-session')?.focus());
  };
  return (
    <section class="late-check-ins callout no-print" aria-labelledby="late-title">
      {/* Once the last one is saved, the box stays for its form's "Saved" line and "Back to my plan" (phone review: it
          still said "No check-in yet"). */}
      <h3 id="late-title">{late.length ? 'No check-in yet' : closed.length && !open ? 'No check-in' : 'Checked in'}</h3>
      {closed.length > 0 && since && (
        // Phone reviews: "done at the dose last week set" was ambiguous, the session it meant unnamed, and "at a dose
        // set without it" coach's words.
        <p>
          {closed.map((c) => day(c.session.date, false)).join(' and ')} can no longer be checked in: this week's calf
          sessions began on {day(since, false)} without {closed.length > 1 ? 'them' : 'it'}. Your plan counts{' '}
          {closed.length > 1 ? 'them' : 'it'} as missed; this week's note says what that changes.
          <Why ids={['C55', 'C40']} />
        </p>
      )}
      {late.length > 0 && (
        <ul>
          {late.map((at) => (
            <li>
              {longDay(at.session.date)}, {sessionTitle(at.session).toLowerCase()}.{' '}
              <button type="button" aria-expanded={open?.session.date === at.session.date} onClick={() => start(at)}>
                Check in for {day(at.session.date, false)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {late.length > 0 && (
        <p class="hint">
          Checking in, even late, lets your plan follow how the session went.
          <Why ids={['C55']} />
        </p>
      )}
      {failed && (
        <p class="error" role="alert">
          The check-in could not be loaded. Check your connection and try again.
        </p>
      )}
      {open && Form && (
        <Form
          key={open.session.date}
          at={open}
          heading={`How did ${day(open.session.date, false)}'s ${sessionTitle(open.session).toLowerCase()} go?`}
          drillTitles={drillTitles}
          onDone={done}
        />
      )}
    </section>
  );
}
