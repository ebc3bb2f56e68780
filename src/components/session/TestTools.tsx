// The baseline test on the page (rule 1's protocol): the steps with the single-leg heel raise figure, a 60 bpm
// metronome, tap counters per side that fill the answers, a 2 minute rest timer and the 20 s hop timer.
// Loaded only when the runner opens the tools (dynamic import from TestToolsLauncher).
import { useState } from 'preact/hooks';
import { href } from '../../lib/url.ts';
import Countdown from './Countdown.tsx';
import Metronome from './Metronome.tsx';
import MuteButton from './MuteButton.tsx';
import TapCounter from './TapCounter.tsx';
import './session.css';
import type { Answers } from './answers.ts';

/** Rule 1: 2 minutes of rest between legs. */
const REST_SECONDS = 120;
/** The light hop test's window (a Pushoff convention, see the baseline test guide). */
const HOP_SECONDS = 20;

export type TestToolsProps = { onClose: () => void; answers: Answers };

function Pair({ path, what, answers }: { path: string; what: string; answers: Answers }) {
  const common = { what, max: answers.max.reps, answers };
  return (
    <div class="tap-pair">
      <TapCounter path={`${path}.left`} side="Left leg" {...common} />
      <TapCounter path={`${path}.right`} side="Right leg" {...common} />
    </div>
  );
}

/** One leg's 20 s hop window and its tap counter: the first hop after a start counts from 0 (phone review: a retest
 * from a saved plan went on from the old count, 32 + 2 = 34; a start alone, then Stop, keeps the old count), and taps
 * stop once the window is over. */
function HopSide(p: {
  side: 'left' | 'right';
  muted: boolean;
  answers: Answers;
  onDone: (said: string) => void;
  onStart: () => void;
}) {
  const [over, setOver] = useState(false);
  const [fresh, setFresh] = useState(false);
  const answers: Answers = {
    ...p.answers,
    add: (path, delta, max) => {
      if (fresh && delta > 0) p.answers.add(path, -max, max);
      setFresh(false);
      p.answers.add(path, delta, max);
    },
  };
  const Side = p.side === 'left' ? 'Left' : 'Right';
  return (
    <div>
      <Countdown
        seconds={HOP_SECONDS}
        label={`${p.side} leg hops`}
        muted={p.muted}
        overText="Time is up"
        onStart={() => {
          setOver(false);
          setFresh(true);
          p.onStart();
        }}
        onDone={(said) => {
          setOver(true);
          p.onDone(said);
        }}
      />
      <TapCounter
        path={`hopTest.${p.side}`}
        side={`${Side} leg`}
        what="hop"
        max={p.answers.max.hops}
        answers={answers}
        closed={over}
      />
    </div>
  );
}

export default function TestTools({ onClose, answers }: TestToolsProps) {
  const [muted, setMuted] = useState(false);
  const [said, setSaid] = useState('');
  // Each start of the rest or a hop timer stops the metronome (Metronome's hush).
  const [hush, setHush] = useState(0);
  const hushed = () => setHush((n) => n + 1);
  return (
    <section class="test-tools" aria-labelledby="test-tools-title">
      <div class="player-bar">
        <h3 id="test-tools-title" tabIndex={-1}>
          Test tools
        </h3>
        <MuteButton muted={muted} onToggle={() => setMuted(!muted)} />
        <button type="button" onClick={onClose}>
          Close the tools
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
      <img
        class="player-figure"
        src={href('figures/single-leg-heel-raise.svg')}
        alt="A single-leg heel raise: standing on one leg, heel lifted as high as it goes, fingertips on a wall"
        width="320"
        height="200"
      />
      <ol class="tool-steps">
        <li>Warm up: 10 heel raises on both legs.</li>
        <li>Stand on one leg, knee straight, fingertips on a wall at shoulder height.</li>
        <li>Start the metronome. Rise on one beat, lower on the next, heel as high as it goes.</li>
        <li>
          Tap +1 for every full raise. Stop when the heel will not lift, you lose the beat, the knee or body bends, or
          you need more than your fingertips on the wall.
        </li>
        <li>Rest 2 minutes, then test the other leg. Then both legs again with the knee bent.</li>
      </ol>
      <Metronome muted={muted} hush={hush} />
      <div class="tool">
        <h4>Count your raises</h4>
        <p class="hint">Each tap goes straight into your answers below. A partner can tap while you rise.</p>
        <h5>Straight knee</h5>
        <Pair path="straightKnee" what="straight-knee raise" answers={answers} />
        <h5>Bent knee</h5>
        <Pair path="bentKnee" what="bent-knee raise" answers={answers} />
      </div>
      <div class="tool">
        <h4>Rest between legs</h4>
        <Countdown seconds={REST_SECONDS} label="2 minute rest" muted={muted} onDone={setSaid} onStart={hushed} />
      </div>
      <div class="tool">
        <h4>Light hop test</h4>
        <p class="hint">
          Hop on one leg for 20 seconds while a partner taps each hop, then swap. Skip it if hopping on one leg feels
          unsafe or sore. Enter pain while hopping, and where it hurt, in the answers.
        </p>
        <div class="tap-pair">
          <HopSide side="left" muted={muted} answers={answers} onDone={setSaid} onStart={hushed} />
          <HopSide side="right" muted={muted} answers={answers} onDone={setSaid} onStart={hushed} />
        </div>
      </div>
      <p class="hint">
        More on reading your counts: <a href={href('guides/baseline-test/')}>the baseline test guide</a>.
      </p>
    </section>
  );
}
