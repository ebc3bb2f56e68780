// A tap counter for one test field: the count IS the plan form's answer (`value`, from the draft store through
// TestToolsLauncher), so every tap goes straight into the answers and a typed correction shows here too.
import type { Answers } from './answers.ts';

type Props = { path: string; side: string; what: string; max: number; answers: Answers };

export default function TapCounter({ path, side, what, max, answers }: Props) {
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
      <button type="button" class="primary tap-add" onClick={() => answers.add(path, 1, max)}>
        +1<span class="visually-hidden"> {`${what}, ${side.toLowerCase()}`}</span>
      </button>
      <button type="button" class="tap-undo" onClick={() => answers.add(path, -1, max)} disabled={n === 0}>
        −1<span class="visually-hidden"> {`${what}, ${side.toLowerCase()}`}</span>
      </button>
    </div>
  );
}
