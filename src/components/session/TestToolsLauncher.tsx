// "Use the test tools" next to the test fields. The tools (metronome, timers, counters) load on the first press.
import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../domain/index.ts';
import { $draft, setField, touch } from '../../stores/plan.ts';
import type { TestToolsProps } from './TestTools.tsx';

/** A count typed by the tools, as if typed in the field and left: its error (if any) shows at once. */
const setAnswer = (path: string, value: string) => {
  setField(path, value);
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
        <Tools onClose={close} answers={{ values, set: setAnswer, max: { reps: LIMITS.reps, hops: LIMITS.hops } }} />
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
