// Today's session on the plan page: which session is today's (or the next), its check-in if saved, and a day's strides
// after an easy run; the launcher (SessionLauncher.tsx) shows it and starts the player.
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import type { Runner } from '../../domain/adjust/pain-check.ts';
import { type Plan, stridesTodayText } from '../../domain/index.ts';
import { sameSession } from '../../domain/model/session-log.ts';
import type { HowTo } from '../../lib/how-to.ts';
import { localIsoDate, pickSession, stridesToday } from '../../lib/session/today.ts';
import { $history } from '../../stores/plan-history.ts';
import { SessionLauncher } from './SessionLauncher.tsx';

/** Today's session of the plan, or the next one; nothing once the plan has ended. Above it, on a day whose strides
 * follow an easy run (C16, C30), a line that says so: those strides are in no session. */
export default function TodaySession({
  plan,
  drillTitles,
  howTo,
  usualPain,
  runner,
  onHold = false,
  children,
}: {
  plan: Plan;
  runner: Runner;
  drillTitles: Record<string, string>;
  howTo: HowTo;
  usualPain: number;
  /** The last pain check asked for a clinician (PlanTop decides): the session waits until they clear the runner. */
  onHold?: boolean;
  /** The morning check: inside today's session, above its start button, so a phone shows "Today's session" on the
   * first screen while a morning answer is pending (phone review: the form pushed it 1,176 px down). */
  children?: ComponentChildren;
}) {
  const today = localIsoDate(new Date());
  const picked = pickSession(plan, today);
  const strides = stridesToday(plan, today);
  const log = useStore($history)?.log;
  const logged = picked
    ? log?.entries.find((e) => sameSession(e, { date: picked.session.date, week: picked.week, session: picked.index }))
    : undefined;
  return (
    <>
      {strides && <p class="callout no-print">{stridesTodayText(strides)}</p>}
      {picked ? (
        <SessionLauncher
          {...picked}
          plan={plan}
          runner={runner}
          drillTitles={drillTitles}
          howTo={howTo}
          logged={logged}
          usualPain={usualPain}
          onHold={onHold}
        >
          {children}
        </SessionLauncher>
      ) : (
        children
      )}
    </>
  );
}
