// Whether a calf session does a lower dose than planned because the log stepped it back or holds it there (rule 7,
// rule 8, C39, C49), and what says so: one answer for the week strip's mark and today's card (explain/morning-text.ts
// words it), so the two cannot disagree. Pure.
import type { PhraseOf } from '../model/phrases.ts';
import type { Note, Session, Week } from '../model/plan-types.ts';

/** 'held': C49 keeps the lower dose; `waits`: after a third bad session, it waits for a clinician's check too;
 * `cleared`: a clinician has cleared the runner since, so nothing waits for a check. 'back':
 * a step back, the session's own (`week` false) or its week's. */
export type LighterBy =
  /** `resumed`, as the session's note and its week's change name it: stopped after a clearance, or cleared again
   * since, so the session takes the clinician's own dose. */
  | { kind: 'held'; waits: boolean; cleared?: true; resumed?: true }
  | { kind: 'back'; week: boolean; step: PhraseOf<'session.step-back'> | PhraseOf<'adjust.week'> };

/** The note of a session that waits for a physiotherapist's or doctor's check (C49's third bad session), if it does:
 * the one place that says how a stopped session is told apart (today's card, paper, the calendar, the morning answer). */
export const waitNote = (session: Pick<Session, 'notes'>) =>
  session.notes.find(
    (n): n is Note<PhraseOf<'session.held'>> & { stopped: string } =>
      n.id === 'session.held' && n.stopped !== undefined,
  );

/** A session C49 holds at its lower dose while the check it asks for is not yet done: no stop, no clearance. Its
 * check-in asks whether a clinician has cleared the runner (physiotherapist's read: there was nowhere to say so). */
export const checkAsked = (session: Pick<Session, 'notes'>) =>
  session.notes.some((n) => n.id === 'session.held' && n.stopped === undefined && !n.cleared);

export function lighterBy(week: Week, session: Session): LighterBy | null {
  if (session.kind === 'activation') return null;
  const note = session.notes.find((x) => x.id === 'session.held' || x.id === 'session.step-back');
  const a = week.adjustment;
  if (note?.id === 'session.held')
    return {
      kind: 'held',
      waits: note.stopped !== undefined,
      ...(note.cleared ? { cleared: true as const } : {}),
      ...(note.resumed ? { resumed: true as const } : {}),
    };
  if (!note && a?.action === 'hold')
    return {
      kind: 'held',
      waits: a.stopped === true,
      ...(a.cleared ? { cleared: true as const } : {}),
      ...(a.resumed ? { resumed: true as const } : {}),
    };
  if (note?.id === 'session.step-back') return { kind: 'back', week: false, step: note };
  return a?.action === 'step-back' ? { kind: 'back', week: true, step: a } : null;
}

/** A calf session that waits for a physiotherapist's or doctor's check (C49's third bad session): today's card and the
 * week strip hold it, as they hold a session after a pain check that asked for one. */
export const waitsForCheck = (week: Week, session: Session): boolean => {
  const by = lighterBy(week, session);
  return by?.kind === 'held' && by.waits;
};
