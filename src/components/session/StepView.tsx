// One step of the session on screen: the drill's figure and its one or two cues, the side and set, the big call
// (up, hold, down) or countdown readable at arm's length, and the sets ticked per side.
import type { ComponentChildren } from 'preact';
import type { PrescribedDrill } from '../../domain/index.ts';
import { risesOnBoth } from '../../domain/model/drill-catalog.ts';
import { figureFor } from '../../lib/figure-for.ts';
import { endsSet, type Step, type WorkStep } from '../../lib/session/session-steps.ts';
import type { Call } from '../../lib/session/tempo.ts';
import { secondsLeft } from '../../lib/session/tempo.ts';
import { href } from '../../lib/url.ts';
import { effortWord, wordsIn } from '../plan/plain-words.ts';
import { clockText, doseWords, sideName } from './words.ts';

type Props = {
  steps: readonly Step[];
  i: number;
  t: number;
  beat: number;
  /** Seconds left of the count-in before the set (0 outside it). */
  lead: number;
  call: Call | null;
  done: readonly number[];
  drill: PrescribedDrill;
  title: string;
  drillCount: number;
  /** Cue labels by id (the engine's CUES, handed in by the launcher). */
  cueLabels: Record<string, string>;
  /** How the reps are done when the drill's name does not say it all (C47's lowering on one leg, a drop); or ''. */
  how: string;
  /** The main button, right under the call: the one thing to press mid-set (and, while a set runs, "End this set now"). */
  children: ComponentChildren;
};

const CALL_WORD = { up: 'Up', hold: 'Hold', down: 'Down' } as const;

/** One set in a few words, for a leg's dose: '15 reps', '45 s', '10 landings'. */
const perSet = (w: WorkStep) =>
  w.rep
    ? `${w.rep.of} reps, each held ${w.seconds} s`
    : w.mode === 'hold'
      ? `${w.seconds} s`
      : w.mode === 'contacts'
        ? `${w.contacts} landings`
        : `${w.reps} reps`;

/** Each leg of this drill on one line, the leg that starts first: its dose and its sets ticked ("Right leg first:
 * 3 × 12 reps ✓ ○ ○"). Phone review: the dose line and the ticks were two lines saying the sets twice, and "Left
 * leg first" sat under "RIGHT LEG" once the legs changed. */
function Legs({ steps, i, done }: { steps: readonly Step[]; i: number; done: readonly number[] }) {
  const mine = steps
    .map((s, k) => [s, k] as const)
    .filter(
      (x): x is readonly [WorkStep, number] =>
        x[0].kind === 'work' && x[0].drillIndex === steps[i].drillIndex && endsSet(x[0]),
    );
  const sides = [...new Set(mine.map(([s]) => s.side))];
  return (
    <ul class="player-ticks">
      {sides.map((side, n) => {
        const sets = mine.filter(([s]) => s.side === side);
        const w = sets[0][0];
        const ticked = sets.filter(([, k]) => done.includes(k)).length;
        return (
          <li>
            <span class="nowrap">
              {sideName(side)}
              {n === 0 && sides.length > 1 ? ' first' : ''}: {w.sets} × {perSet(w)}
            </span>{' '}
            <span aria-hidden="true" class="ticks">
              {sets.map(([, k]) => (done.includes(k) ? '✓' : '○')).join(' ')}
            </span>
            <span class="visually-hidden">
              {ticked} of {sets.length} sets done
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export default function StepView(p: Props) {
  const { steps, i, t, beat, lead, call, done, drill, title, drillCount, cueLabels } = p;
  const s = steps[i];
  const left = s.kind === 'rest' || s.duration != null ? secondsLeft(s.duration ?? 0, t) : null;
  const next = s.kind === 'rest' ? steps.slice(i + 1).find((x): x is WorkStep => x.kind === 'work') : null;
  return (
    <div class="player-step" data-kind={s.kind === 'rest' ? 'rest' : s.mode}>
      <p class="player-where">
        Drill {s.drillIndex + 1} of {drillCount}
      </p>
      <h3 class="player-drill">{title}</h3>
      <div class="player-now">
        <p class="player-side">{s.kind === 'rest' ? 'Rest' : sideName(s.side)}</p>
        <p class="player-set">
          {s.kind === 'rest'
            ? next
              ? `Next: ${sideName(next.side)}, set ${next.set} of ${next.sets}`
              : ''
            : `Set ${s.set} of ${s.sets} · ${doseWords(s)}`}
        </p>
        <div
          class={`player-clock beat-${beat % 2 ? 'a' : 'b'}`}
          data-beat={beat}
          data-phase={call?.phase ?? ''}
          data-left={left ?? ''}
        >
          {lead > 0 ? (
            <>
              <span class="player-call">{lead}</span>
              <span class="player-sub">Get ready</span>
            </>
          ) : s.kind === 'work' && s.mode === 'tempo' ? (
            <>
              <span class="player-call">{call ? CALL_WORD[call.phase] : 'Ready'}</span>
              <span class="player-sub">
                Rep {call?.rep ?? 1} of {s.reps}
              </span>
            </>
          ) : left !== null ? (
            <>
              <span class="player-call">{clockText(left)}</span>
              {s.kind === 'work' && s.rep && (
                <span class="player-sub">
                  {/* Phone review: between holds nothing on screen said to relax; beat 0 = waiting for Start. */}
                  {s.rep.n > 1 && beat === 0 ? 'Relax, then hold' : 'Hold'} {s.rep.n} of {s.rep.of}
                </span>
              )}
              {/* Phone review: "rest 120 s per leg" on the plan, 0:30 here, and nothing said why; then "0:28 of 120 s"
                  in bold read as 28 of 120 seconds. So: what the clock is, then the why in a small line. */}
              {s.kind === 'rest' && s.planned > s.duration && (
                <>
                  <span class="player-sub">rest left</span>
                  <span class="player-note">
                    Each leg rests {s.planned} s between its sets: your other leg's{' '}
                    {risesOnBoth(s.drill) ? 'lowering' : 'set'} counted as rest.
                  </span>
                </>
              )}
            </>
          ) : s.kind === 'work' ? (
            <>
              <span class="player-call">{s.mode === 'contacts' ? s.contacts : s.reps}</span>
              <span class="player-sub">{s.mode === 'contacts' ? 'landings' : 'reps, at your pace'}</span>
            </>
          ) : null}
        </div>
      </div>
      {p.children}
      {/* Each leg's dose and sets ticked right under the button, before the figure: phone review, they sat below the
          figure and the cues, off the first screen on longer drills. */}
      <Legs steps={steps} i={i} done={done} />
      {/* How and with what weight, before the figure: phone review, the seated raise's load sat below the first screen,
          so a runner pressed Start without knowing what weight to pick. */}
      {p.how && <p class="player-how">{p.how}</p>}
      <img
        class="player-figure"
        src={href(`figures/${figureFor(drill)}.svg`)}
        alt={`How ${title.toLowerCase()} looks`}
        width="320"
        height="200"
      />
      {/* The plan explains a technical word once, where it first appears; the player shows one drill alone, so it says
          it under the figure every time (phone review: "dorsiflexion", "soleus" unexplained here). */}
      {/* Phone review: rule 12's "about 70% effort" was said only on the pain check's changed screen; the plan's drill
          row says it, so the hold's own screen does too, with what it feels like. */}
      {[...wordsIn(title), ...(drill.effortPercent != null ? [effortWord(drill.effortPercent)] : [])].map((w) => (
        <p class="player-word">
          <dfn>{w.term[0].toUpperCase() + w.term.slice(1)}</dfn>: {w.meaning}.
        </p>
      ))}
      {drill.cues.length > 0 && (
        <ul class="player-cues" aria-label="Watch for">
          {drill.cues.slice(0, 2).map((c) => (
            <li>{cueLabels[c] ?? c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
