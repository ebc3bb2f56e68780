// A tap counter for one test field: the count IS the plan form's answer (`value`, from the draft store through
// TestToolsLauncher), so every tap goes straight into the answers and a typed correction shows here too.
import type { Answers } from './answers.ts';

/** `closed`: the count's time window is over (the hop test's 20 s): +1 stops, −1 still corrects. */
type Props = { path: string; side: string; what: string; max: number; answers: Answers; closed?: boolean };

export default function TapCounter({ path, side, what, max, answers, closed = false }: Props) {
  const raw = answers.values[path] ?? '';
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : 0;

  const id = `tap-${path.replace(/\./g, '-')}`;
  return (
    <div class="tap">
      <p class="tap-side" id={`${id}-side`}>
        {side}
      </p>
      <output class="tap-count" id={`${id}-count`} aria-live="polite" aria-labelledby={`${id}-side`}>
        {n}
      </output>
      {/* Phone review: taps after "left leg hops: over" went on counting into the answers. */}
      <button type="button" class="primary tap-add" onClick={() => answers.add(path, 1, max)} disabled={closed}>
        +1<span class="visually-hidden"> {`${what}, ${side.toLowerCase()}`}</span>
      </button>
      <button type="button" class="tap-undo" onClick={() => answers.add(path, -1, max)} disabled={n === 0}>
        −1<span class="visually-hidden"> {`${what}, ${side.toLowerCase()}`}</span>
      </button>
      {closed && (
        <p class="hint tap-closed">
          This count is in your answers; −1 corrects it, and after a new start the first hop counts from 0.
        </p>
      )}
    </div>
  );
}
