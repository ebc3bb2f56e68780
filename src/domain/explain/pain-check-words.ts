// Words of the pain check before a session (rule 7, C35, rule 17, C36, C40) that only the session player shows: kept out
// of the explain index, so they load with the player (after a tap), not with the plan page. A stop is a Referral, said
// by referral-words.ts like any other.
import { type LeftOutWhy, rule17, type SessionChanges } from '../adjust/pain-check.ts';
import { eachCut } from './say.ts';

export const PAIN_CHECK = {
  title: 'Before you start: pain right now',
  ask: 'Sit still for a moment, then score the worst pain in your calves, Achilles, heels or shins right now: 0 is none, 10 the worst you can imagine.',
  score: 'Pain right now (0-10)',
  where: 'Where does it hurt? Tick each place.',
  worse: 'This pain has got worse day on day',
  go: 'Go to the first drill',
  changedStart: 'Start the changed session',
  gentleStart: 'Start the session',
  stopTitle: 'No calf session today',
  stopLead: 'Check in as skipped, so your plan knows it was not done. What to do meanwhile, and why, is below.',
  change: 'Change my answer',
  skip: 'Check in as skipped',
} as const;

const list = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** Why a drill is left out or done as another today, as a sentence of its own. */
const WHY: Record<SessionChanges['swapped'][number]['why'] | LeftOutWhy, string> = {
  new: 'New this block, it starts on a day with pain at 3/10 or less.',
  'below-step':
    'A drop lowers the heel below the step, and with pain at the heel bone every raise stays at floor level.',
  'calf-muscle':
    'With your calf muscle hurting at rest, nothing lowers below a step or lands on it today: drops and hops strain a sore calf most.',
  stretch: 'No stretch that bends the foot up towards the shin with pain at the heel bone.',
  tendon:
    'With Achilles pain of 3-5/10, holds are the load your tendon can take today, as your plan gives them for that pain: hold still, pushing at about 70% of your hardest.',
  hops: 'Hops and strides load the Achilles most, and wait for a day with Achilles pain of 2/10 or less and no other pain over 3/10.',
};

const DURING = 'Pain during the session stays at 5/10 or less; stop a set if it goes higher.';

/** 4-5/10 with nothing to change: the session as planned, gently (rule 7, C35). */
export function gentleText(pain: number, already: boolean): { heading: string; lines: string[] } {
  return {
    heading: `Pain ${pain}/10: go ahead gently`,
    lines: [
      already
        ? 'Pain of 4-5/10 is all right to train with. Your plan already does one set fewer in this session, for the pain you scored at your test: do it as it stands.'
        : 'Pain of 4-5/10 is all right to train with: do the session as planned and add nothing new.',
      DURING,
    ],
  };
}

/** A drill's display name, and optionally its name alone with the new technical words of some drills said apart. */
type Title = ((id: string) => string) & {
  plain?: (id: string) => string;
  meanings?: (ids: readonly string[]) => string;
};

/** What today's pain changes, in order: the sets, what is done as last time, what waits, and what the check-in means.
 * `title`: a drill's display name. */
export function changedText(c: SessionChanges, title: Title): { heading: string; lines: string[] } {
  const lighter = c.pain > 3;
  const lines: string[] = [];
  if (lighter)
    lines.push(
      c.already
        ? 'Pain of 4-5/10 is all right to train with. Your plan already does one set fewer in this session, for the pain you scored at your test: do it as it stands.'
        : c.cut.length
          ? `Pain of 4-5/10 is all right to train with, but today the session does one set fewer of ${eachCut(c.cut)}.${c.holds ? ' Holds keep their sets: they are the load meant for pain like this.' : ''}`
          : 'Pain of 4-5/10 is all right to train with: go ahead gently.',
    );
  if (c.fit)
    lines.push(
      `The holds take longer than the raise they stand in for, so to keep the session to about 35 minutes it does one set fewer of ${eachCut(c.cut)}. Holds keep their sets.`,
    );
  // Phone review: "Nothing new" above a hold swapped in that last week never had; the hold is the pain's own load.
  if (c.asLastTime)
    lines.push(
      c.swapped.some((s) => s.why === 'tendon')
        ? 'Nothing else new today: the other drills are done as in last week’s session, at the same weight, range and speed.'
        : 'Nothing new today: each drill is done as in last week’s session, at the same weight, range and speed.',
    );
  // The two names plain, their new words after the reason (phone review: a gloss on each read as one long name).
  const name = title.plain ?? title;
  for (const s of c.swapped) {
    const said =
      s.why === 'new'
        ? `In place of ${name(s.from)}, which is new this block: ${name(s.to)}, as last week.`
        : `In place of ${name(s.from)}: ${name(s.to)}${s.why === 'below-step' || s.why === 'calf-muscle' ? ', as last time' : ''}. ${WHY[s.why]}`;
    const meant = title.meanings?.([s.from, s.to]);
    lines.push(said, ...(meant ? [meant] : []));
  }
  for (const why of ['new', 'below-step', 'calf-muscle', 'hops'] as const) {
    const names = c.leftOut.filter((l) => l.why === why).map((l) => title(l.drill));
    if (names.length) lines.push(`Left out today: ${list(names)}. ${WHY[why]}`);
  }
  if (c.cooldownStretches)
    lines.push(
      'In the cooldown, leave out the wall calf stretches: no stretch that bends the foot up towards the shin.',
    );
  // A plan not made for heel-bone pain changes every session until the answers say so.
  if (rule17(c))
    lines.push(
      'If pain at the heel bone keeps coming back, tick Achilles tendon pain, where it meets the heel bone, under your history in your answers: your whole plan then keeps every raise at floor level.',
    );
  if (lighter) lines.push(DURING);
  if (c.holdsBack)
    lines.push(
      'When you check in, choose Partly: next week then repeats this week’s sessions instead of moving on, since today’s session was not the one planned.',
    );
  return {
    heading: lighter ? `Pain ${c.pain}/10: a lighter session today` : 'Today’s session, changed for your pain',
    lines,
  };
}
