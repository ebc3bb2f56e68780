// The morning after (rule 8, issue 14): asked on the first visit after a logged session, and answerable later. The
// answer goes into the training log, and the plan follows it at once (a worse morning repeats or steps back the
// next week, C39). Shown above today's session on the runner's own plan.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addDays,
  holdsBack,
  type Morning,
  type MorningAnswer,
  morningOf,
  morningText,
  type Plan,
  type Response,
  responseOf,
} from '../../domain/index.ts';
import { STIFFNESS } from '../../domain/model/session-log.ts';
import { localStore } from '../../lib/local-storage.ts';
import { saveMorning } from '../../lib/session/log-storage.ts';
import { nextCalf, sessionOfEntry } from '../../lib/session/today.ts';
import { mornings } from '../../lib/session/unchecked.ts';
import { $view } from '../../stores/plan.ts';
import { $history, logChanged } from '../../stores/plan-history.ts';
import ScoreScale from '../session/ScoreScale.tsx';
import { day } from './labels.ts';

// "Or less": a morning less stiff than usual is back to usual too (physiotherapist's read: it had no answer).
const STIFFNESS_WORDS = {
  usual: 'As usual, or less',
  more: 'Stiffer than usual',
  'much-more': 'Much stiffer than usual',
};

/** `usualPain`: the runner's pain on the day of the test (0-10), the "usual" a morning is compared with (rule 8).
 * `nested`: inside today's session (its heading is then one level down); alone once the block has no session left. */
export default function MorningCheck({ plan, usualPain, nested }: { plan: Plan; usualPain: number; nested: boolean }) {
  const Heading = nested ? 'h4' : 'h3';
  const h = useStore($history);
  // The plan as the stores have it now: the `plan` prop catches up with a saved answer a timer later (useStore
  // re-renders the page's island after a setTimeout), and the first words said were the old plan's (a screen reader
  // heard "keeps this week's dose", then "steps back").
  const v = useStore($view);
  const now = v.result?.kind === 'plan' ? v.result : plan;
  const [stiffness, setStiffness] = useState('');
  const [pain, setPain] = useState('');
  const [error, setError] = useState('');
  // After a Save with an answer missing, each says so under its own question until it is given (phone review).
  const [asked, setAsked] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The answer saved, worded at render from the plan as it now stands (the plan follows the log at once), so the
  // message cannot say something the weeks below it do not do.
  const [answer, setAnswer] = useState<{
    date: string;
    week: number;
    morning: Morning;
    next: Response;
    given: MorningAnswer;
  } | null>(null);
  const said = answer ? saidText(answer) : '';
  // Saving removes the form (its session has its answer), so focus moves to what the answer means, not to the page.
  const saidRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said) saidRef.current?.focus();
  }, [said]);
  function saidText(a: NonNullable<typeof answer>): string {
    const today = h?.today ?? '';
    const checkedIn = new Set(h?.log.entries.map((x) => x.date));
    const after = nextCalf(now, today, a.week, checkedIn);
    return `Saved the morning after ${day(a.date, false)}. ${morningText(a.morning, a.next, after, a.given, now.summary)}`;
  }
  // Above the next morning's question when another is waiting, with focus (phone review: below it, with focus left on
  // "Save my morning", the same form coming back read as a save that failed).
  const savedLine = (
    <p class="callout no-print" role="status" tabIndex={-1} ref={saidRef}>
      {said}
    </p>
  );
  // The latest session done (or partly) before today that has no morning answer yet, while it can still count (C55).
  const from = h ? mornings(now, h.today) : null;
  const waiting = (h?.log.entries ?? []).filter(
    (e) => e.status !== 'skipped' && !e.nextMorning && e.date < (h?.today ?? '') && (from === null || e.date >= from),
  );
  const e = waiting[waiting.length - 1];
  if (!e) return said ? savedLine : null;
  // "This morning" the day after the session, "that morning" when answered later (phone review: "that morning" read
  // as some other morning on the day it is asked).
  const when = addDays(e.date, 1) === h?.today ? 'this morning' : 'that morning';
  const submit = (ev: Event) => {
    ev.preventDefault();
    setAsked(true);
    const first = !stiffness ? 'morning-stiffness' : pain === '' ? 'morning-pain' : null;
    if (first) return form.current?.querySelector<HTMLElement>(`#${first} input`)?.focus();
    const morning = { stiffness: stiffness as (typeof STIFFNESS)[number], pain: Number(pain) };
    const r = saveMorning(localStore(), e, morning);
    if (!r.log) return setError('This browser refused to save (storage full or blocked). Nothing was saved.');
    setError('');
    setAsked(false);
    setStiffness('');
    setPain('');
    // A short activation's session holds nothing back (C40); a session of an earlier block counts like a calf one.
    const kind = sessionOfEntry(plan, e)?.kind;
    const next = responseOf({ ...e, nextMorning: morning }, usualPain, kind ? holdsBack(kind) : true);
    const given = { ...morning, usual: usualPain };
    setAnswer({ date: e.date, week: e.week, morning: morningOf(morning, usualPain), next, given });
    logChanged(r.log);
  };
  return (
    <>
      {said && savedLine}
      <form
        class="morning-check callout no-print"
        aria-labelledby="morning-title"
        onSubmit={submit}
        noValidate
        ref={form}
      >
        <Heading id="morning-title">The morning after {day(e.date, false)}</Heading>
        <p class="hint">
          How your calves feel the morning after a session decides your next step: as usual, you go on; if not, the plan
          repeats or steps back.
        </p>
        <fieldset
          class="inline-choices"
          id="morning-stiffness"
          aria-describedby={asked && !stiffness ? 'morning-stiffness-err' : undefined}
        >
          <legend>Stiffness compared with your usual</legend>
          {STIFFNESS.map((s) => (
            <label class="check">
              <input
                type="radio"
                name="morning-stiffness"
                value={s}
                checked={stiffness === s}
                onChange={() => setStiffness(s)}
              />
              {STIFFNESS_WORDS[s]}
            </label>
          ))}
          {asked && !stiffness && (
            <p class="error" id="morning-stiffness-err" role="alert">
              Choose how stiff your calves were {when}.
            </p>
          )}
        </fieldset>
        <ScoreScale
          id="morning-pain"
          label={`Pain ${when}, 0 (none) to 10 (worst imaginable)`}
          value={pain}
          error={asked && pain === '' ? `Choose your pain ${when}.` : ''}
          onChange={setPain}
        />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <p class="buttons">
          <button type="submit" class="primary">
            Save my morning
          </button>
        </p>
      </form>
    </>
  );
}
