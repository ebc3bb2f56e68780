// "Use the test tools" next to the test fields. The tools (metronome, timers, counters) load on the first press.
import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../domain/model/baseline.ts';
import { $draft, setField, touch } from '../../stores/plan.ts';
import type { TestToolsProps } from './TestTools.tsx';

/**
 * One tap: the count in the field plus `delta`, read from the store at the tap (two taps within one frame both
 * count), written as if typed and left, so its error (if any) shows at once.
 */
const addToAnswer = (path: string, delta: number, max: number) => {
  const raw = String(($draft.get() as unknown as Record<string, string>)[path] ?? '').trim();
  const n = /^\d+$/.test(raw) ? Number(raw) : 0;
  setField(path, String(Math.max(0, Math.min(max, n + delta))));
  touch(path);
};

export default function TestToolsLauncher() {
  const [Tools, setTools] = useState<FunctionComponent<TestToolsProps> | null>(null);
  const values = useStore($draft) as unknown as Record<string, string>;
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    import('./TestTools.tsx').then(
      (m) => {
        setTools(() => m.default);
        setTimeout(() => document.getElementById('test-tools-title')?.focus(), 0);
      },
      () => setFailed(true),
    );
  };
  const close = () => {
    setTools(null);
    setTimeout(() => document.getElementById('open-test-tools')?.focus(), 0);
  };
  return (
    <div class="test-tools-launcher">
      {Tools ? (
        <Tools onClose={close} answers={{ values, add: addToAnswer, max: { reps: LIMITS.reps, hops: LIMITS.hops } }} />
      ) : (
        <button type="button" id="open-test-tools" onClick={open}>
          Use the test tools: metronome, counters and timers
        </button>
      )}
      {failed && (
        <p class="error" role="alert">
          The test tools could not be loaded. Check your connection and try again.
        </p>
      )}
    </div>
  );
}
