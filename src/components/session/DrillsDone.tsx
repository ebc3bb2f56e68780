// "What you really did" in the check-in (issue 14's log): per drill and side, the reps (or foot contacts) done and
// any added weight, each optional. Blank means "as planned / not noted"; the log keeps only what was typed.

import type { DoneRow, DoneValues } from '../../lib/session/drills-done.ts';

const fieldId = (key: string) => `done-${key.replaceAll('|', '-')}`;

export default function DrillsDone(props: {
  rows: DoneRow[];
  values: DoneValues;
  error: { field: string; message: string } | null;
  onChange: (key: string, value: string) => void;
}) {
  const { rows, values, error, onChange } = props;
  if (!rows.length) return null;
  const input = (key: string, label: string) => (
    <label class="done-field">
      {label}
      <input
        id={fieldId(key)}
        type="text"
        inputMode="decimal"
        size={4}
        value={values[key] ?? ''}
        aria-invalid={error?.field === key ? 'true' : undefined}
        aria-describedby={error?.field === key ? 'done-error' : undefined}
        onInput={(e) => onChange(key, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <details class="drills-done" open={error !== null || Object.keys(values).length > 0}>
      <summary>What you really did (optional)</summary>
      <p class="hint">
        Reps are all the reps of all the sets added together (3 × 15 is 45). Leave a box empty if you did it as planned
        or did not count.
      </p>
      {rows.map((r) => (
        <fieldset>
          <legend>{r.title}</legend>
          {(['left', 'right'] as const).map((side) => (
            <>
              <p class="done-side">
                <span>
                  {side === 'left' ? 'Left' : 'Right'} (planned {r.planned[side]}):
                </span>{' '}
                {input(`${r.drill}|${side}|reps`, `${side === 'left' ? 'Left' : 'Right'} reps done in all`)}
                {input(`${r.drill}|${side}|kg`, `${side === 'left' ? 'Left' : 'Right'} added kg`)}
              </p>
              {/* Under its own side's boxes (phone review: at the end of the list it sat 400 px below the field and
                  under a phone's keyboard). */}
              {error?.field.startsWith(`${r.drill}|${side}|`) && (
                <p class="error" id="done-error" role="alert">
                  {error.message}
                </p>
              )}
            </>
          ))}
        </fieldset>
      ))}
    </details>
  );
}
