// The check-in's first question: done, partly or skipped, with what saving it does when that holds the plan back (C40).
import { STATUS_WORDS } from '../../domain/explain/check-in-words.ts';
import { SESSION_STATUSES, type SessionStatus } from '../../domain/model/session-log.ts';

/** `hint`: a line under the answers (CheckIn says which); `error`: the answer is missing, said after a Save. */
export default function StatusQuestion({
  status,
  onChange,
  hint,
  error,
}: {
  status: SessionStatus | '';
  onChange: (s: SessionStatus) => void;
  hint: string | null;
  error: string;
}) {
  return (
    <fieldset id="ci-status" aria-describedby={error ? 'ci-status-err' : undefined}>
      <legend>This session</legend>
      {SESSION_STATUSES.map((s) => (
        <label class="check">
          <input type="radio" name="status" value={s} checked={status === s} onChange={() => onChange(s)} />
          {STATUS_WORDS[s]}
        </label>
      ))}
      {hint && <p class="hint">{hint}</p>}
      {error && (
        <p class="error" id="ci-status-err" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
