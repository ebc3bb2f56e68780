// What a morning answer means for the next calf session (rule 8, C39), said the moment it is saved: the plan below
// changes with it, and the runner should not have to find out how by reading four weeks (phone review).
// Two parts, so neither can say something untrue: what this morning was, then what the next session does. The next
// session can be held back by the session itself (partly done, pain during) on a morning that was back to usual.
import type { Morning, Response } from '../adjust/response.ts';

const MORNING: Record<Morning, string> = {
  usual: 'Back to your usual.',
  'not-back': 'Not quite back to your usual.',
  worse: 'Worse than your usual.',
};

/** Why the session itself holds the next one back, when the morning does not. */
const SESSION_CAUSE: Partial<Record<NonNullable<Response['cause']>, string>> = {
  partly: 'it was partly done',
  'pain-during-4-5': 'pain during it was 4 or 5 out of 10',
  'pain-during': 'pain during it was over 5 out of 10',
};

const NEXT: Record<Response['action'], string> = {
  // Not "goes ahead as planned": another session of the week (partly done, say) can still hold the next one back, and
  // this message reads one session (final phone review: it said "goes ahead" above a week that repeats).
  'go-on': 'This morning holds nothing back: the weeks below show your next step.',
  repeat: 'Your next calf session repeats this dose instead of taking the next step. The weeks below show it.',
  'step-back':
    'Your next calf sessions step back to a lighter dose. The weeks below show it. Keep runs easy until your mornings are back to usual, with pain during a run at most 5/10.',
};

/** `morning`: this morning's own reading; `next`: the whole session's response (morning and session together). */
export function morningText(morning: Morning, next: Response): string {
  const because = next.cause ? SESSION_CAUSE[next.cause] : undefined;
  const held = because ? ` The session itself holds the next one back (${because}).` : '';
  return `${MORNING[morning]}${held} ${NEXT[next.action]}`;
}

const NEXT_SESSION: Partial<Record<Response['action'], string>> = {
  repeat: 'Your next calf session repeats this dose',
  'step-back': 'Your next calf sessions step back to a lighter dose',
};

/** What a check-in itself means for the next calf session, said when it is saved (C40, rule 7): nothing when it goes
 * ahead (the morning after decides then). */
export function checkInText(r: Response): string {
  const because = r.cause ? SESSION_CAUSE[r.cause] : undefined;
  const next = NEXT_SESSION[r.action];
  return because && next ? `${next} (${because}).` : '';
}
