// The strip's marks and its key (PlanAtGlance): the words a day cell shows and the one line that explains the ones
// this plan's strip uses.
import type { SessionStatus } from '../../domain/model/session-log.ts';
import { type GlanceWeek, LEAST_DONE } from './glance.ts';

export const SESSION_WORD = { loaded: 'Calf', 'heel-raise': 'Heel', activation: 'Prep' } as const;

/** What a day's check-ins say, as a mark: the least done of them when a day had more than one. */
export const MARK: Record<Mark, { mark: string; words: string }> = {
  done: { mark: '✓', words: 'done' },
  partly: { mark: '½', words: 'partly done' },
  skipped: { mark: '✗', words: 'skipped' },
  missed: { mark: '–', words: 'missed (no check-in)' },
};
/** A calf session the log stepped back or holds at a lower dose (glance.ts `lighter`). */
export const LIGHTER_WORDS = 'a lighter dose after a check-in';

/** A check-in's status, or `missed`: a calf session the plan counts as missed (missedCalf). */
export type Mark = SessionStatus | 'missed';
const MARKS: readonly Mark[] = [...LEAST_DONE, 'missed'];

const KEY_WORD = {
  loaded: 'loaded calf session',
  'heel-raise': 'short heel-raise session',
  activation: 'short activation',
};

/** Why days wait: a clinician to check hopping pain (C22), or to clear what the last pain check found (C23, C50, C51);
 * `calf`: the calf sessions alone, for a check after sessions that kept going badly (C49). */
export type Wait = { hop: boolean; check: boolean; calf: boolean };

/** The key names only what this plan's strip shows (phone review: it explained "Heel" and strides to plans with
 * neither, and not the dot of a rest day). `lighter`: a day shows the lighter-dose mark (one on hold does not). */
export function keyText(weeks: GlanceWeek[], statuses: ReadonlySet<Mark>, wait: Wait, lighter: boolean): string {
  const days = weeks.flatMap((w) => w.days);
  const kinds = (['loaded', 'heel-raise', 'activation'] as const).filter((k) =>
    days.some((d) => d.sessions.includes(k)),
  );
  const parts = kinds.map((k) => `${SESSION_WORD[k]}: ${KEY_WORD[k]}.`);
  if (wait.check)
    parts.push(
      'On hold and No run: your calf sessions and runs wait until a doctor or physiotherapist has cleared what your last pain check found.',
    );
  else if (wait.calf)
    parts.push(
      'On hold: your calf sessions wait until a physiotherapist or doctor has checked your calf (see the note at the top).',
    );
  if (wait.hop && days.some((d) => d.run))
    parts.push('No run: your runs wait until a doctor or physiotherapist has checked your hopping pain.');
  else if (!wait.check && days.some((d) => d.run)) parts.push('Runs come from your answers.');
  if (days.some((d) => d.strides)) parts.push('Strides follow the runs marked with them.');
  if (days.some((d) => !d.run && d.sessions.length === 0)) parts.push('A dot: a rest day.');
  if (lighter) parts.push(`↓ ${LIGHTER_WORDS}.`);
  const marks = MARKS.filter((s) => statuses.has(s)).map((s) => `${MARK[s].mark} ${MARK[s].words}`);
  if (marks.length) parts.push(`Your check-ins: ${marks.join(', ')}.`);
  return parts.join(' ');
}
