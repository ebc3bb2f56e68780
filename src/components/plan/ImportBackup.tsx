// Open a backup file (made by "Save a backup file"): its answers, earlier blocks and training log are read (the log
// merged into this device's); the plan is rebuilt.
// Problems are shown next to the file control, and the current answers stay as they were.
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { validateEarlierBlocks } from '../../domain/model/block.ts';
import { validateBaseline } from '../../domain/model/validate.ts';
import type { Draft } from '../../lib/plan-io/form-draft.ts';
import { $draft, loadBaseline, type Notice } from '../../stores/plan.ts';
import { mergeIntoLog, setEarlier } from '../../stores/plan-history.ts';
import { answersTakenWhole, errorsIn, firstStepWithErrors, goTo } from '../../stores/plan-steps.ts';
import { $replaced, keepBeforeReplacing } from '../../stores/plan-undo.ts';
import { fid } from './field-id.ts';
import { NoticeText } from './NoticeText.tsx';

/** Rendered from the start (disabled until hydrated) so the page below does not move when it switches on. */
export default function ImportBackup({ ready }: { ready: boolean }) {
  const [error, setError] = useState<Notice | null>(null);
  const [done, setDone] = useState('');
  // The "opened" message holds only while the form still shows the file's answers.
  const opened = useRef<Draft | null>(null);
  const draft = useStore($draft);
  const shown = draft === opened.current ? done : '';
  const onChange = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // The reader loads with the first file chosen, not with the page.
    const { readBackup } = await import('../../lib/plan-io/backup.ts');
    const r = readBackup(await file.text(), validateBaseline);
    setError(r.ok ? null : { message: r.message, errors: r.errors });
    // Its training log joins the one on this device, never replacing a check-in already here (issue 14).
    const logWords = r.ok && r.log ? ` ${await mergeIntoLog(r.log)}` : '';
    // Its earlier blocks come with its answers (the next block starts from them, C41); a damaged list is left out.
    const earlier = r.ok && r.earlier !== null ? validateEarlierBlocks(r.earlier) : null;
    if (r.ok) {
      const blocks = earlier?.ok ? earlier.value : [];
      keepBeforeReplacing('backup', { baseline: r.value, earlier: blocks });
      setEarlier(blocks);
    }
    const blockWords = !earlier
      ? ''
      : earlier.ok
        ? ` Its ${earlier.value.length} earlier block${earlier.value.length === 1 ? '' : 's'} came with it.`
        : ' Its earlier blocks are damaged, so they were left out: the plan starts as a first block.';
    setDone(
      r.ok
        ? `Opened ${file.name}: its answers are now in the steps, and "Your plan" is built from them.${logWords}${blockWords}${$replaced.get() ? ' The answers it replaced can be put back from your plan.' : ''}`
        : '',
    );
    if (r.ok) {
      opened.current = loadBaseline(r.value);
      // A file from before a question existed: open the step that asks it, with focus on the question.
      const ask = firstStepWithErrors();
      if (ask) goTo(ask, fid(errorsIn(ask)[0]));
      else answersTakenWhole();
    }
    input.value = ''; // so choosing the same file again (to undo later edits) is noticed
  };
  return (
    <div class="field import no-print">
      <label for="import-file">Open a backup file</label>
      <span class="hint" id="import-file-hint">
        A file made here with "Save a backup file", on this device or another: its answers, earlier blocks and training
        log (added to the one here, nothing overwritten). The plan is rebuilt from them.
      </span>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        disabled={!ready}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`import-file-hint${error ? ' import-file-err' : ''}`}
        onChange={(e) => onChange(e.currentTarget)}
      />
      {error && (
        <div class="error" id="import-file-err" role="alert">
          <NoticeText n={error} />
        </div>
      )}
      <p role="status" class="hint">
        {shown}
      </p>
      {/* The plan is the next thing to see (four-weeks review: the page stayed on the safety check, the message below
          the fold, and the plan showed only after a reload or a tap on step 4). */}
      {shown && (
        <button type="button" class="primary" onClick={() => goTo('plan')}>
          See my plan
        </button>
      )}
    </div>
  );
}
