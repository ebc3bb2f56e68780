// The check-in form for a calf session that is over. It loads with the session player's chunk (SessionPlayer.tsx
// re-exports it), on the click that asks for it: a chunk of its own split the shared check-in out of the player's,
// about 1 KB of extra gzip (npm run budget).
import { keepsCalfLimit } from '../../domain/adjust/calf-limit.ts';
import { checkAsked, waitNote } from '../../domain/adjust/lighter.ts';
import { doneRows } from '../../lib/session/drills-done.ts';
import type { SessionAt } from '../../lib/session/unchecked.ts';
import CheckIn from './CheckIn.tsx';
import './session.css';

/** `heading`: the form's title, naming the session (the caller has the page's date words). */
export type LateProps = { at: SessionAt; heading: string; drillTitles: Record<string, string>; onDone: () => void };

export default function LateCheckIn({ at, heading, drillTitles, onDone }: LateProps) {
  const { session, week, index } = at;
  return (
    <CheckIn
      date={session.date}
      week={week}
      index={index}
      drills={doneRows(session, drillTitles)}
      holdsBack
      calfLimit={keepsCalfLimit(session)}
      hold={waitNote(session) ? 'ask' : checkAsked(session) ? 'check' : undefined}
      late
      heading={heading}
      onDone={onDone}
    />
  );
}
