// A 0-10 score as a select (effort, pain during, pain the morning after): the same control wherever a runner rates.
const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

type Props = {
  id: string;
  label: string;
  value: string;
  /** The id of an error message about this score, read with it. */
  errorId?: string;
  onChange: (value: string) => void;
};

export default function ScoreSelect({ id, label, value, errorId, onChange }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={errorId ? 'true' : undefined}
        aria-describedby={errorId}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">Choose</option>
        {SCORES.map((n) => (
          <option value={n}>{n}</option>
        ))}
      </select>
    </div>
  );
}
