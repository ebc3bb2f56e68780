// The short check-in after a session: done, partly or skipped; effort 0-10; pain during 0-10. Saved on this
// device in the training log (pushoff:log), shaped for issue 14's log.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { asksCalfPlace, PAIN_LIMIT } from '../../domain/adjust/response.ts';
import {
  CHANGED_CHECK_IN,
  nextWords,
  savedWords,
  TRYING_PLAYER,
  UNDONE_CHECK_IN,
  UNTICKED_CHECK_IN,
} from '../../domain/explain/check-in-words.ts';
import type { PainCheckAnswer, SessionLogEntry, SessionStatus } from '../../domain/model/session-log.ts';
import { type DoneRow, type DoneValues, doneValues, readDone } from '../../lib/session/drills-done.ts';
import { findEntry, readLog, saveCheckIn } from '../../lib/session/log-storage.ts';
import { logChanged } from '../../stores/plan-history.ts';
import CalfPainQuestion from './CalfPainQuestion.tsx';
import ClearedQuestion from './ClearedQuestion.tsx';
import DrillsDone from './DrillsDone.tsx';
import ScoreScale from './ScoreScale.tsx';
import StatusQuestion from './StatusQuestion.tsx';

/** `drills`: the session's drills that count reps or contacts, for the optional "what you really did". `suggested`:
 * the status the player's ticked sets point to, chosen until the runner picks another (a saved check-in wins).
 * `holdsBack`: a calf session whose miss repeats the week (C40), so "Partly" and "Skipped" say so before saving. */
type Props = {
  date: string;
  week: number;
  index: number;
  drills?: DoneRow[];
  suggested?: SessionStatus | '';
  holdsBack?: boolean;
  /** The pain check answered before the session, saved with the check-in. */
  painCheck?: PainCheckAnswer;
  /** Closes the player: offered once the check-in is saved (phone review: the form stayed, with no way back named). */
  onDone?: () => void;
  /** Back to the session where it was ended, its ticked sets kept: offered until the check-in is saved (phone review:
   * "End session", one tap under "Next drill", lost the session with no way back). */
  onResume?: () => void;
  /** Told once this session is in the log (saved now, or on an earlier opening), so the player stops asking before
   * Close: closing then loses nothing. */
  onLogged?: () => void;
  /** The session keeps pain in the calf muscle to 3/10 (C52): pain during of 4-5 asks whether it was there. */
  calfLimit?: boolean;
  /** The pain check before it changed the session (C40: not the one planned). */
  changed?: boolean;
  /** The player ended with no set ticked: "Done" asks to be sure. */
  unticked?: boolean;
  /** A late check-in (LateCheckIn) names its day in `heading` and has no player around it. */
  heading?: string;
  late?: boolean;
  /** The session waits for a clinician's check (C49's stop): the form asks whether the runner was cleared first;
   * 'ticked' when they started it with "Cleared by a physiotherapist or doctor?". 'check': C49 holds the session and
   * asks for a check, with no stop; unticked until the runner says it cleared them. */
  hold?: 'ticked' | 'ask' | 'check';
};

const store = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export default function CheckIn({
  date,
  week,
  index,
  drills = [],
  suggested = '',
  holdsBack = false,
  painCheck,
  onDone,
  onResume,
  onLogged,
  calfLimit = false,
  changed = false,
  unticked = false,
  heading: title = 'How did it go?',
  late = false,
  hold,
}: Props) {
  const [status, setStatus] = useState<SessionStatus | ''>(suggested);
  const [effort, setEffort] = useState('');
  const [pain, setPain] = useState('');
  const [calf, setCalf] = useState<'' | 'yes' | 'no'>('');
  const [cleared, setCleared] = useState<boolean | undefined>(hold ? hold === 'ticked' : undefined);
  const [error, setError] = useState('');
  // After a Save with answers missing: each missing answer says so under its own question, and goes as soon as it is
  // given (phone review: one message sat under the optional fields and stayed after both scores were chosen).
  const [asked, setAsked] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<SessionLogEntry | null>(null);
  // A second save refused for a bad answer: the status says the first one stands (review: "Error: … 0 to 500" under
  // the box beside "Saved on this device: … effort 5", while the runner had just chosen 9).
  const [unsaved, setUnsaved] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [done, setDone] = useState<DoneValues>({});
  const [doneError, setDoneError] = useState<{ field: string; message: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const read = readLog(store());
    if (read.status === 'set-aside') setNotice(read.message);
    const before = findEntry(read.log, { date, week, session: index });
    if (before) {
      setStatus(before.status);
      setEffort(before.effort == null ? '' : String(before.effort));
      setPain(before.painDuring == null ? '' : String(before.painDuring));
      setCalf(before.painDuringCalf == null ? '' : before.painDuringCalf ? 'yes' : 'no');
      setDone(doneValues(before));
      if (before.cleared !== undefined) setCleared(before.cleared);
      onLogged?.();
    }
    heading.current?.focus();
  }, []);
  // Once saved, focus moves to "Back to my plan", the next step (keyboard review: it stayed on "Save check-in"). A
  // layout effect: a plain effect waits for a frame, which a page in the background may not draw.
  const back = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => void (saved && back.current?.focus()), [saved]);
  const skipped = status === 'skipped';
  const askCalf = calfLimit && !skipped && pain !== '' && asksCalfPlace(Number(pain));
  const missing = {
    status: !status && 'Choose done, partly or skipped.',
    effort: !skipped && effort === '' && 'Choose how hard it felt (effort).',
    pain: !skipped && pain === '' && 'Choose your pain during the session.',
    calf: askCalf && calf === '' && 'Say whether the pain was in the calf muscle.',
  };
  const need = (k: keyof typeof missing) => (asked && missing[k]) || '';
  // What saving this answer does to the plan (C40), said before it is saved; a session the pain check changed is one to
  // save as partly done, as the pain check said (phone review: nothing repeated it here).
  const statusHint =
    holdsBack && (status === 'partly' || skipped)
      ? `${UNDONE_CHECK_IN}${late ? '' : TRYING_PLAYER}`
      : holdsBack && changed && status !== 'partly'
        ? CHANGED_CHECK_IN
        : unticked && status === 'done'
          ? UNTICKED_CHECK_IN
          : null;
  const submit = (e: Event) => {
    e.preventDefault();
    setAsked(true);
    setError('');
    const first = (['status', 'effort', 'pain', 'calf'] as const).find((k) => missing[k]);
    // The fieldsets' ids: ci-status, ci-effort, ci-pain, ci-calf.
    setUnsaved(true);
    if (first) return root.current?.querySelector<HTMLElement>(`#ci-${first} input`)?.focus();
    if (!status) return; // never: `first` was 'status'; it narrows the type for the entry below
    const read = readDone(drills, skipped ? {} : done, status);
    if ('field' in read) {
      setDoneError(read);
      document.getElementById(`done-${read.field.replaceAll('|', '-')}`)?.focus();
      return setError('');
    }
    setDoneError(null);
    const entry: SessionLogEntry = {
      date,
      week,
      session: index,
      status,
      effort: skipped ? null : Number(effort),
      painDuring: skipped ? null : Number(pain),
      ...(askCalf ? { painDuringCalf: calf === 'yes' } : {}),
      ...(cleared !== undefined && !skipped ? { cleared } : {}),
      ...(read.drills.length ? { drills: read.drills } : {}),
      ...(painCheck ? { painCheck } : {}),
    };
    const r = saveCheckIn(store(), entry);
    if (r.notice) setNotice(r.notice);
    if (!r.log) return setError('This browser refused to save (storage full or blocked). Nothing was saved.');
    logChanged(r.log); // the plan follows the log at once (issue 14)
    setError('');
    setSaved(entry);
    setUnsaved(false);
    onLogged?.();
  };
  return (
    <form class="check-in" onSubmit={submit} noValidate ref={root}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {onResume && !saved && (
        <p>
          <button type="button" onClick={onResume}>
            Back to the session
          </button>
        </p>
      )}
      {notice && <p class="callout">{notice}</p>}
      <StatusQuestion status={status} onChange={setStatus} hint={saved ? null : statusHint} error={need('status')} />
      {/* A skipped session has nothing to rate or count (phone review: effort and pain stayed, greyed out). */}
      {!skipped && (
        <>
          <ScoreScale
            id="ci-effort"
            label="Effort, 0 (none) to 10 (all you had)"
            value={effort}
            error={need('effort')}
            onChange={setEffort}
          />
          <ScoreScale
            id="ci-pain"
            label="Pain during, 0 (none) to 10 (worst imaginable)"
            value={pain}
            error={need('pain')}
            onChange={setPain}
          />
          {askCalf && <CalfPainQuestion value={calf} error={need('calf')} onChange={setCalf} />}
          {cleared !== undefined && (
            <ClearedQuestion checked={cleared} stopped={hold !== 'check'} onChange={setCleared} />
          )}
          <DrillsDone
            rows={drills}
            values={done}
            error={doneError}
            onChange={(key, value) => setDone({ ...done, [key]: value })}
          />
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="buttons">
        {/* Once saved, the next step is back to the plan (phone review: "Save check-in" stayed the primary button). */}
        <button type="submit" class={saved && onDone ? undefined : 'primary'}>
          Save check-in
        </button>
        {saved && onDone && (
          <button type="button" class="primary" onClick={onDone} ref={back}>
            Back to my plan
          </button>
        )}
      </p>
      <p class="check-in-saved" role="status">
        {saved
          ? unsaved
            ? `These changes are not saved yet (see above). Saved before: ${savedWords(saved)}`
            : `Saved on this device: ${savedWords(saved)}${nextWords(saved, holdsBack)}`
          : ''}
        {saved && !skipped && Number(pain) > PAIN_LIMIT
          ? ' Pain above 5 out of 10 is more than this plan allows during a session (rule 8): next time stop the drill that hurts.'
          : ''}
      </p>
    </form>
  );
}
