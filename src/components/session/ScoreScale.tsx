// A 0-10 score as eleven buttons (effort, pain now, pain during, pain the morning after): the same control wherever a
// runner rates. Radios in a fieldset, so arrow keys move along the scale and a screen reader says "3, 4 of 11"; one tap
// on a phone where a drop-down took two and hid the scale (phone review). The look is in forms.css (.score-scale).
const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

type Props = {
  id: string;
  label: string;
  /** '' until the runner picks a score. */
  value: string;
  /** Why this score is needed, shown under it and read with it; '' or undefined when all is well. */
  error?: string;
  onChange: (value: string) => void;
};

export default function ScoreScale({ id, label, value, error, onChange }: Props) {
  return (
    <fieldset class="score-scale" id={id} aria-describedby={error ? `${id}-err` : undefined}>
      <legend>{label}</legend>
      <div>
        {SCORES.map((n) => (
          <label>
            <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {error && (
        <p class="error" id={`${id}-err`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
