// A countdown in whole seconds (the 20 s hop window, the 2 minute rest between legs), with a tick over the last
// three seconds and a longer tone at zero. Announces the start and the end once, not every second.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browserClock, runTimeline, type Timeline } from '../../lib/session/clock.ts';
import { buzz, tone, unlockAudio } from '../../lib/session/sound.ts';
import { clockText } from './words.ts';

type Props = {
  seconds: number;
  label: string;
  muted: boolean;
  onDone?: (said: string) => void;
  /** Called on each start, before the first second. */
  onStart?: () => void;
  /** The line under 0:00; short where the timer sits in a narrow column (it must fit one line: its room is kept). */
  overText?: string;
};

export default function Countdown({ seconds, label, muted, onDone, onStart, overText = `${label}: over` }: Props) {
  const [left, setLeft] = useState<number | null>(null);
  const timeline = useRef<Timeline | null>(null);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;
  const start = () => {
    unlockAudio();
    onStart?.();
    timeline.current?.stop();
    setLeft(seconds);
    timeline.current = runTimeline(
      browserClock,
      (i) => (i <= seconds ? i * 1000 : null),
      (i) => {
        const l = seconds - i;
        setLeft(l);
        if (l === 0) {
          tone('end', mutedRef.current);
          buzz(300, mutedRef.current);
        } else if (i === 0 || l <= 3) tone('beat', mutedRef.current);
      },
      () => {
        timeline.current = null;
        onDone?.(`${label}: time.`);
      },
    );
  };
  const cancel = () => {
    timeline.current?.stop();
    timeline.current = null;
    setLeft(null);
  };
  useEffect(() => () => timeline.current?.stop(), []);
  const running = left !== null && left > 0;
  return (
    <div class="countdown">
      <p class="countdown-time" data-left={left ?? ''}>
        <span class="player-call">{clockText(left ?? seconds)}</span>
        {/* Phone review: the display used to end on a bare "Time". */}
        {left === 0 && <span class="player-sub">{overText}</span>}
      </p>
      <button type="button" class="big" onClick={running ? cancel : start}>
        {running ? `Stop: ${label}` : `Start: ${label}`}
      </button>
    </div>
  );
}
