// The answers (and earlier blocks) a backup file or "Use this as my plan" replaced, offered back for this visit
// (stores/plan-undo.ts), and a word once they are back.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $replaced, putBack } from '../../stores/plan-undo.ts';

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
            {n ? ` and ${n} earlier block${n === 1 ? '' : 's'}` : ''} saved on this device before. You can put them back
            until you leave this page (your training log keeps every check-in either way).
          </p>
          <button
            type="button"
            onClick={() => {
              putBack();
              setBack(true);
            }}
          >
            Put back my plan from before
          </button>
        </>
      ) : (
        <p>Your plan from before is back.</p>
      )}
    </div>
  );
}
