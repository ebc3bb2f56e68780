// The check-in's question after pain during of 4-5 in a plan that keeps the calf muscle to 3/10 (C52, calf-limit.ts):
// was the pain there? Its answer decides whether the next calf session steps back (adjust/response.ts).
type Props = {
  /** '' until answered. */
  value: '' | 'yes' | 'no';
  error?: string;
  onChange: (value: 'yes' | 'no') => void;
};

const CHOICES = [
  ['yes', 'Yes, in the calf muscle'],
  ['no', 'No, somewhere else'],
] as const;

export default function CalfPainQuestion({ value, error, onChange }: Props) {
  return (
    <fieldset id="ci-calf" aria-describedby={error ? 'ci-calf-hint ci-calf-err' : 'ci-calf-hint'}>
      <legend>Was that pain in the calf muscle?</legend>
      <p class="hint" id="ci-calf-hint">
        While your calf muscle hurts, your plan keeps pain there to 3/10 during a session.
      </p>
      {CHOICES.map(([v, label]) => (
        <label class="check">
          <input type="radio" name="calf" value={v} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
      {error && (
        <p class="error" id="ci-calf-err" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
