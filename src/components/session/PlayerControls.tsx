// The session player's row under the set: move to the drill before or after, end the session.

type Props = {
  /** First step of the drill before and after, or -1 when there is none. */
  prev: number;
  next: number;
  goTo: (step: number) => void;
  onEnd: () => void;
};

export default function PlayerControls({ prev, next, goTo, onEnd }: Props) {
  return (
    <div class="player-controls">
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
