// Words of the pain check before a session (rule 7, C35) that only the session player shows: kept out of the explain
// index, so they load with the player (after a tap), not with the plan page. A stop is a Referral, said by
// referral-words.ts like any other.
import type { PainCheck } from '../adjust/pain-check.ts';
import { eachCut } from './say.ts';

export const PAIN_CHECK = {
  title: 'Before you start: pain right now',
  ask: 'Stand for a moment, then score the worst pain in your calves, Achilles, heels or shins right now: 0 is none, 10 the worst you can imagine.',
  score: 'Pain right now (0-10)',
  where: 'Where does it hurt? Tick each place.',
  go: 'Go to the first drill',
  lighterStart: 'Start the lighter session',
  change: 'Change my answer',
  skip: 'Check in as skipped',
} as const;

type Lighter = Extract<PainCheck, { kind: 'lighter' }>;

const list = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** What a 4-5/10 day changes, in order: the sets, what waits for a better day, and what stays as last time. */
export function lighterText(c: Lighter, title: (id: string) => string): { heading: string; lines: string[] } {
  const holds = c.holds ? ' Holds keep their sets: they are the load meant for pain like this.' : '';
  const sets = c.already
    ? 'Your plan already does one set fewer in this session, for the 4-5/10 you scored at your test: do it as it stands.'
    : c.cut.length
      ? `Pain of 4-5/10 is acceptable for loading, but today the session does one set fewer of ${eachCut(c.cut)}.${holds}`
      : 'Pain of 4-5/10 is acceptable for loading: the session goes ahead as planned.';
  const lines = [sets];
  for (const { from, to } of c.swapped)
    lines.push(`In place of ${title(from)}, which is new this block: ${title(to)}, as last time.`);
  if (c.leftOut.length)
    lines.push(
      `Left out today because ${c.leftOut.length > 1 ? 'they are' : 'it is'} new this block: ${list(c.leftOut.map(title))}. ${c.leftOut.length > 1 ? 'They start' : 'It starts'} on a day with pain at 3/10 or less.`,
    );
  lines.push(
    'Nothing new today: keep the weight, range and speed of last time. Pain during stays at 5/10 or less; stop a set if it goes higher.',
  );
  return { heading: `Pain ${c.pain}/10: a lighter session today`, lines };
}
