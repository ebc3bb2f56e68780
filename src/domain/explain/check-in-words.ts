// Words of the check-in that only the session player shows: kept out of the explain index, so they load with the
// player (after a tap), not with the plan page.
import { responseOf } from '../adjust/response.ts';
import type { SessionLogEntry, SessionStatus } from '../model/session-log.ts';
import { checkInText } from './morning-text.ts';

export const STATUS_WORDS: Record<SessionStatus, string> = {
  done: 'Done, all of it',
  partly: 'Partly',
  skipped: 'Skipped',
};

/** A saved check-in, as the form's status says it. */
export const savedWords = (e: SessionLogEntry) =>
  e.status === 'skipped'
    ? 'Skipped.'
    : `${STATUS_WORDS[e.status]}; effort ${e.effort} out of 10; pain during ${e.painDuring} out of 10${e.painDuringCalf ? ', in the calf muscle' : ''}${e.cleared ? '; cleared by a physiotherapist or doctor' : ''}.`;

/** What the check-in itself does to the next calf session (phone review: a late check-in that stepped Friday back said
 * nothing of it, and the reason sat at the foot of Friday's card). The morning after is asked later. `counts`: a calf
 * session whose miss holds the plan back (C40). */
export const nextWords = (e: SessionLogEntry, counts: boolean) => {
  const said = checkInText(responseOf(e, 0, counts));
  return said ? ` ${said}` : '';
};
/** Said in the check-in, before it is saved as partly done or skipped, for a calf session whose miss holds the plan
 * back (C40): what saving it does (phone review: a runner trying the player on day 1 saved "Partly", and week 1 was
 * repeated with nothing said beforehand). */
export const UNDONE_CHECK_IN =
  'Saved as partly done or skipped, this session makes the week after it repeat its dose: the plan does not move on from work not done.';
/** Before a session the pain check changed is saved as done: as the pain check said, it was not the one planned. */
export const CHANGED_CHECK_IN =
  'Your pain check changed this session, so it was not the one planned: choose “Partly” if you did it, and next week repeats this week’s dose instead of moving on.';
/** "Done" after a player ended with no set ticked (phone review: saved as done with nothing done, the plan moved on). */
export const UNTICKED_CHECK_IN =
  'No set was ticked in the player. Choose “Done” only if you did the whole session anyway: the plan moves on from it.';
/** After UNDONE_CHECK_IN in the player only (a late check-in has no player to close). */
export const TRYING_PLAYER = ' Only trying the player? Close it without saving.';
