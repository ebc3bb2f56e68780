// Words of the check-in that only the session player shows: kept out of the explain index, so they load with the
// player (after a tap), not with the plan page.
/** Said in the check-in, before it is saved as partly done or skipped, for a calf session whose miss holds the plan
 * back (C40): what saving it does (phone review: a runner trying the player on day 1 saved "Partly", and week 1 was
 * repeated with nothing said beforehand). */
export const UNDONE_CHECK_IN =
  'Saved as partly done or skipped, this session makes the week after it repeat its dose: the plan does not move on from work not done.';
/** After UNDONE_CHECK_IN in the player only (a late check-in has no player to close). */
export const TRYING_PLAYER = ' Only trying the player? Close it without saving.';
