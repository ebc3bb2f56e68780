// The test's 60 bpm metronome (rule 1): a click, a visual beat and a short buzz once a second; up on one beat,
// down on the next. Runs on the shared timeline driver, so beats stay on the second however long the test lasts.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browserClock, runTimeline, type Timeline } from '../../lib/session/clock.ts';
import { buzz, tone, unlockAudio } from '../../lib/session/sound.ts';

/** Rule 1: 60 beats a minute, one beat a second. */
const BEAT_MS = 1000;

/** `hush`: a count that goes up when another timer of the tools starts; the metronome stops then (phone review: it
 * beat on through the 2 minute rest and the hop test, "Beat 34" during the hops). */
export default function Metronome({ muted, hush = 0 }: { muted: boolean; hush?: number }) {
  const [beat, setBeat] = useState(0);
  const [on, setOn] = useState(false);
  const timeline = useRef<Timeline | null>(null);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;
  const stop = () => {
    timeline.current?.stop();
    timeline.current = null;
    setOn(false);
  };
  const start = () => {
    unlockAudio();
    setBeat(0);
    setOn(true);
    timeline.current = runTimeline(
      browserClock,
      (i) => i * BEAT_MS,
      (i) => {
        tone(i % 2 ? 'down' : 'up', mutedRef.current);
        buzz(40, mutedRef.current);
        setBeat(i + 1);
      },
    );
  };
  useEffect(() => () => timeline.current?.stop(), []);
  useEffect(() => {
    if (hush > 0) stop();
  }, [hush]);
  return (
    <div class="tool">
      <h4>Metronome, 60 beats a minute</h4>
      <p class="hint">Rise on one beat, lower on the next: 30 raises a minute.</p>
      <div class={`tool-beat beat-${beat % 2 ? 'a' : 'b'}`} data-beat={beat} data-on={on}>
        <span class="player-call">{!on ? 'Off' : beat % 2 ? 'Up' : 'Down'}</span>
        <span class="player-sub">{on ? `Beat ${beat}` : 'Press start'}</span>
      </div>
      {/* Its name says its state ("Stop metronome"); aria-pressed as well read it twice (screen reader review). */}
      <button type="button" class="primary big" onClick={on ? stop : start}>
        {on ? 'Stop metronome' : 'Start metronome'}
      </button>
    </div>
  );
}
