// The pain check before drill 1 (rule 7, C35, C23, C50): pain right now and where; the domain answers go, a lighter
// session, or stop with its referral. The first thing the player shows (phone review: Start opened straight into
// drill 1, and the pain rule sat in a closed fold far down the page).
import type { FunctionComponent } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type PainCheck as Check, painCheck, type Runner } from '../../domain/adjust/pain-check.ts';
import { changedText, gentleText, PAIN_CHECK } from '../../domain/explain/pain-check-words.ts';
import {
  PAIN_LOCATION_LABELS,
  PAIN_LOCATIONS,
  type PainLocation,
  type Plan,
  type Referral,
  type Session,
} from '../../domain/index.ts';
import { PAIN_PLACE_MISSING } from '../../domain/model/baseline.ts';
import type { PainCheckAnswer } from '../../domain/model/session-log.ts';
import { explainedOnce } from '../plan/plain-words.ts';
import ScoreScale from './ScoreScale.tsx';

/** The plan page's own referral view and "Why?" toggle, handed in: imported here, they would move out of the page's
 * chunks into chunks of their own, and the page with a plan would load 1.1 KB more (measured). */
export type PainCheckParts = {
  ReferralView: FunctionComponent<{ r: Referral }>;
  Why: FunctionComponent<{ ids: readonly string[] }>;
};

type Props = {
  parts: PainCheckParts;
  plan: Plan;
  session: Session;
  runner: Runner;
  title: (drill: string) => string;
  /** The runner goes on, with the session as the check left it: a new object when it changed it (C40). `answer`: kept
   * with the check-in. */
  onGo: (session: Session, answer: PainCheckAnswer) => void;
  /** No loading today: the runner checks in as skipped, with the answer that stopped the session. */
  onSkip: (answer: PainCheckAnswer) => void;
};

export default function PainCheck({ parts: { ReferralView, Why }, plan, session, runner, title, onGo, onSkip }: Props) {
  const [score, setScore] = useState('');
  const [places, setPlaces] = useState<PainLocation[]>([]);
  const [worse, setWorse] = useState(false);
  /** One message, next to the question it is about; cleared as soon as that answer changes. */
  const [error, setError] = useState<{ field: 'score' | 'place'; message: string } | null>(null);
  const [result, setResult] = useState<Check | null>(null);
  const root = useRef<HTMLDivElement & HTMLFormElement>(null);
  // The answer replaces the question: focus follows it to its heading, so a screen reader reads what to do now.
  // (On first show the player focuses the heading, once its dialog is open.) An error takes focus to its question.
  const shown = useRef(false);
  // The answer's screen from its top (phone review at 320 px: it opened 60 px down, its heading out of sight).
  useLayoutEffect(() => {
    if (shown.current) {
      root.current?.closest('dialog')?.scrollTo?.({ top: 0 });
      root.current?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
    }
    shown.current = true;
  }, [result]);
  useLayoutEffect(() => {
    if (error)
      root.current
        ?.querySelector<HTMLElement>(error.field === 'score' ? '.score-scale input' : '.checks input')
        ?.focus();
  }, [error]);
  const pain = score === '' ? null : Number(score);
  // Places and "worse" are asked only with pain over 0: left ticked after the score went back to 0, they mean nothing.
  const answer: PainCheckAnswer = {
    painNow: pain ?? 0,
    painLocations: pain ? places : [],
    worsening: pain ? worse : false,
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (pain === null) return setError({ field: 'score', message: 'Choose your pain right now, from 0 to 10.' });
    const c = painCheck(plan, session, answer, runner);
    if (c.kind === 'needs-place') return setError({ field: 'place', message: PAIN_PLACE_MISSING });
    setError(null);
    if (c.kind === 'go') onGo(session, answer);
    else setResult(c);
  };
  const buttons = (start: string, go: () => void) => (
    <p class="buttons">
      <button type="button" class="primary" onClick={go}>
        {start}
      </button>
      <button type="button" onClick={() => setResult(null)}>
        {PAIN_CHECK.change}
      </button>
    </p>
  );
  if (result?.kind === 'stop')
    // Today's decision and its buttons first; what to do, and why, below (phone review: two screens down).
    return (
      <div class="pain-check" ref={root}>
        <h3 tabIndex={-1}>{PAIN_CHECK.stopTitle}</h3>
        <p>{PAIN_CHECK.stopLead}</p>
        {buttons(PAIN_CHECK.skip, () => onSkip(answer))}
        <ReferralView r={result.referral} />
      </div>
    );
  if (result?.kind === 'changed' || result?.kind === 'gentle') {
    const words =
      result.kind === 'changed'
        ? changedText(result.changes, explainedOnce(title))
        : gentleText(result.pain, result.already);
    return (
      <div class="pain-check callout" ref={root}>
        <h3 tabIndex={-1}>{words.heading}</h3>
        {words.lines.map((line) => (
          <p>{line}</p>
        ))}
        <p class="hint">
          <Why ids={result.kind === 'changed' ? result.changes.ruleIds : ['R7', 'C35']} />
        </p>
        {result.kind === 'changed'
          ? buttons(PAIN_CHECK.changedStart, () => onGo(result.session, answer))
          : buttons(PAIN_CHECK.gentleStart, () => onGo(session, answer))}
      </div>
    );
  }
  const placeError = error?.field === 'place' && (
    <p class="error" id="pc-place-err" role="alert">
      {error.message}
    </p>
  );
  return (
    <form class="pain-check" onSubmit={submit} noValidate aria-labelledby="pain-check-title" ref={root}>
      <h3 id="pain-check-title" tabIndex={-1}>
        {PAIN_CHECK.title}
      </h3>
      <p>{PAIN_CHECK.ask}</p>
      <ScoreScale
        id="pc-pain"
        label={PAIN_CHECK.score}
        value={score}
        error={error?.field === 'score' ? error.message : ''}
        onChange={(v) => {
          setScore(v);
          setError(null);
        }}
      />
      {pain !== null && pain > 0 && (
        <fieldset class="checks" aria-describedby={error?.field === 'place' ? 'pc-place-err' : undefined}>
          <legend>{PAIN_CHECK.where}</legend>
          {PAIN_LOCATIONS.map((p) => (
            <label class="check">
              <input
                type="checkbox"
                checked={places.includes(p)}
                onChange={(e) => {
                  setPlaces(e.currentTarget.checked ? [...places, p] : places.filter((x) => x !== p));
                  setError(null);
                }}
              />
              {PAIN_LOCATION_LABELS[p]}
            </label>
          ))}
          {placeError}
        </fieldset>
      )}
      {pain !== null && pain > 0 && (
        <label class="check">
          <input type="checkbox" checked={worse} onChange={(e) => setWorse(e.currentTarget.checked)} />
          {PAIN_CHECK.worse}
        </label>
      )}
      <p class="buttons">
        <button type="submit" class="primary">
          {PAIN_CHECK.go}
        </button>
      </p>
    </form>
  );
}
