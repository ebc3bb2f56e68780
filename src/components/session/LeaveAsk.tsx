// "Close without checking in?": asked when Close, Escape or a phone's Back would shut a session under way (phone
// review: the sets done were lost without a check-in), or one finished and not yet checked in. Focus starts on ending
// and checking in, or on going back to the check-in.
import { useLayoutEffect, useRef } from 'preact/hooks';

/** `finished`: the check-in is on screen already, so there is nothing to end: the way back is to it. */
type Props = { finished: boolean; onEnd: () => void; onKeep: () => void; onClose: () => void };

export default function LeaveAsk({ finished, onEnd, onKeep, onClose }: Props) {
  const end = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => end.current?.focus(), []);
  return (
    <section class="callout player-leave" aria-labelledby="leave-title">
      <h3 id="leave-title">Close without checking in?</h3>
      <p>The sets you have done count only once you check in.</p>
      <p class="buttons">
        {finished ? (
          <button type="button" class="primary" ref={end} onClick={onKeep}>
            Back to the check-in
          </button>
        ) : (
          <>
            <button type="button" class="primary" ref={end} onClick={onEnd}>
              End and check in
            </button>
            <button type="button" onClick={onKeep}>
              Keep going
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          Close anyway
        </button>
      </p>
    </section>
  );
}
