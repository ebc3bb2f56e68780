// The session player's row under the set: pause or resume a rest, move to the drill before or after, end the session.

type Props = {
  /** A rest under way (not before its start): it can be paused. */
  rest: boolean;
  paused: boolean;
  onPause: () => void;
  onResume: () => void;
  /** First step of the drill before and after, or -1 when there is none. */
  prev: number;
  next: number;
  goTo: (step: number) => void;
  onEnd: () => void;
};

export default function PlayerControls({ rest, paused, onPause, onResume, prev, next, goTo, onEnd }: Props) {
  return (
    <div class="player-controls">
      {rest && (
        <button type="button" onClick={paused ? onResume : onPause}>
          {paused ? 'Resume rest' : 'Pause rest'}
        </button>
      )}
      <button type="button" disabled={prev < 0} onClick={() => goTo(prev)}>
        Previous drill
      </button>
      <button type="button" disabled={next < 0} onClick={() => goTo(next)}>
        Next drill
      </button>
      <button type="button" class="player-end" onClick={onEnd}>
        End session
      </button>
    </div>
  );
}
