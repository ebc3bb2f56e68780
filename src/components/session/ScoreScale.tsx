// A 0-10 score as eleven buttons (effort, pain now, pain during, pain the morning after): the same control wherever a
// runner rates. Radios in a fieldset, so arrow keys move along the scale and a screen reader says "3, 4 of 11"; one tap on a phone
// where a drop-down took two and hid the scale (phone review). The look is in forms.css (.score-scale).
const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

type Props = {
  id: string;
  label: string;
  /** '' until the runner picks a score. */
  value: string;
  /** The id of an error message about this score, read with it. */
  errorId?: string;
  onChange: (value: string) => void;
};

export default function ScoreScale({ id, label, value, errorId, onChange }: Props) {
  return (
    <fieldset class="score-scale" id={id} aria-describedby={errorId}>
      <legend>{label}</legend>
      <div>
        {SCORES.map((n) => (
          <label>
            <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
