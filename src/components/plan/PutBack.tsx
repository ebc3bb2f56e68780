// The answers (and earlier blocks) a backup file or "Use this as my plan" replaced, offered back for this visit
// (stores/plan-undo.ts), and a word once they are back.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $replaced, keepNew, putBack } from '../../stores/plan-undo.ts';

export default function PutBack() {
  const r = useStore($replaced);
  const [back, setBack] = useState(false);
  if (!r && !back) return null;
  const n = r?.earlier.length ?? 0;
  return (
    <div class="callout no-print put-back" role="status">
      {r ? (
        <>
          <p>
            {r.by === 'backup' ? 'The backup file' : 'The shared plan'} replaced the answers
            {n ? ` and ${n} earlier block${n === 1 ? '' : 's'}` : ''} saved on this device before. You can put them back{' '}
            {r.visitOnly
              ? 'until you leave this page: this device’s storage is too full to keep them longer'
              : 'now or on a later visit, until you choose'}{' '}
            (your training log keeps every check-in either way).
          </p>
          <p class="buttons">
            <button
              type="button"
              onClick={() => {
                putBack();
                setBack(true);
              }}
            >
              Put back my plan from before
            </button>
            <button type="button" onClick={keepNew}>
              Keep the new plan
            </button>
          </p>
        </>
      ) : (
        <p>Your plan from before is back.</p>
      )}
    </div>
  );
}
