// Form controls bound to the draft store by field path. Each has a visible label, a hint (with units) and, when
// the value is impossible, an inline error tied to the control with aria-describedby and aria-invalid.

import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import type { Draft } from '../../lib/plan-io/form-draft.ts';
import { $draft, $fieldErrors, setField, toggle, touch } from '../../stores/plan.ts';
import { fid } from './field-id.ts';
import { halfFilled } from './half-filled.ts';

/** The options of a list field, in the vocabulary's order, with their labels. */
export const pick = <K extends string>(keys: readonly K[], names: Record<K, string>) =>
  Object.fromEntries(keys.map((k) => [k, names[k]]));

type Common = { path: string; label: ComponentChildren; hint: ComponentChildren };

/** `hintId` points at a hint shared with other fields (left and right under one legend). */
function useField(path: string, hintId?: string) {
  const draft = useStore($draft) as Record<string, string | string[]>;
  const error = halfFilled(draft as Draft, path, useStore($fieldErrors)[path]);
  const id = fid(path);
  return {
    value: draft[path],
    error,
    id,
    // The error is read before the hint: it is what the user needs first.
    aria: {
      'aria-describedby': `${error ? `${id}-err ` : ''}${hintId ?? `${id}-hint`}`,
      'aria-invalid': error ? ('true' as const) : undefined,
    },
  };
}

const Hint = ({ id, children }: { id: string; children: ComponentChildren }) => (
  <span class="hint" id={`${id}-hint`}>
    {children}
  </span>
);
export const ErrorText = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <span class="error" id={`${id}-err`}>
      {error}
    </span>
  ) : null;

/** Text entry. Numbers use inputmode="numeric" rather than type="number", so "abc" or "-3" stay visible and get a plain answer. */
export function TextField({
  path,
  label,
  hint,
  hintId,
  type = 'text',
}: Omit<Common, 'hint'> & { hint?: ComponentChildren; hintId?: string; type?: 'text' | 'date' }) {
  const f = useField(path, hintId);
  return (
    <div class="field">
      <label for={f.id}>{label}</label>
      {hintId ? null : <Hint id={f.id}>{hint}</Hint>}
      <input
        id={f.id}
        type={type}
        inputMode={type === 'text' ? 'numeric' : undefined}
        autoComplete="off"
        value={f.value as string}
        {...f.aria}
        onInput={(e) => setField(path, e.currentTarget.value)}
        onBlur={() => touch(path)}
      />
      <ErrorText id={f.id} error={f.error} />
    </div>
  );
}

export function SelectField({ path, label, hint, options }: Common & { options: Record<string, string> }) {
  const f = useField(path);
  return (
    <div class="field">
      <label for={f.id}>{label}</label>
      <Hint id={f.id}>{hint}</Hint>
      <select
        id={f.id}
        value={f.value as string}
        {...f.aria}
        onChange={(e) => {
          setField(path, e.currentTarget.value);
          touch(path);
        }}
      >
        {Object.entries(options).map(([v, text]) => (
          <option value={v}>{text}</option>
        ))}
      </select>
      <ErrorText id={f.id} error={f.error} />
    </div>
  );
}

/** A group of tick boxes whose ticked values form a list in the draft ('runDays', 'redFlags'...). */
export function Checks({
  path,
  label,
  hint,
  options,
  inline,
  onTick,
}: Common & { options: Record<string, string>; inline?: boolean; onTick?: (value: string, on: boolean) => void }) {
  const f = useField(path);
  return (
    <fieldset class={inline ? 'checks inline' : 'checks'} aria-describedby={`${f.id}-hint`}>
      <legend>{label}</legend>
      <Hint id={f.id}>{hint}</Hint>
      {Object.entries(options).map(([v, text], i) => (
        <label class="check">
          {/* Each box carries the group's error too, since screen readers often skip a fieldset's description. */}
          <input
            type="checkbox"
            id={i === 0 ? f.id : undefined}
            checked={f.value.includes(v)}
            aria-invalid={f.aria['aria-invalid']}
            aria-describedby={f.error ? `${f.id}-err` : undefined}
            onChange={(e) => {
              toggle(path, v, e.currentTarget.checked);
              onTick?.(v, e.currentTarget.checked);
            }}
          />
          {text}
        </label>
      ))}
      <ErrorText id={f.id} error={f.error} />
    </fieldset>
  );
}

/** Left and right entries under one legend, sharing one hint. */
export function Pair({ path, label, hint, extra }: Common & { extra?: ComponentChildren }) {
  const id = `${fid(path)}-hint`;
  return (
    <fieldset class="pair">
      <legend>{label}</legend>
      <span class="hint" id={id}>
        {hint}
      </span>
      <div class="pair-row">
        <TextField path={`${path}.left`} label="Left leg" hintId={id} />
        <TextField path={`${path}.right`} label="Right leg" hintId={id} />
        {extra}
      </div>
    </fieldset>
  );
}
