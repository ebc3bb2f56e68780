// The check-in's box for a session on hold after C49's stop (a third bad session in a row): was the runner checked and
// cleared to train first? Ticked, the plan goes on from this session at the held dose (adjust/worse-again.ts);
// unticked, the sessions after it stay on hold.
type Props = { checked: boolean; onChange: (checked: boolean) => void };

export default function ClearedQuestion({ checked, onChange }: Props) {
  return (
    <div id="ci-cleared">
      <label class="check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby="ci-cleared-hint"
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        A physiotherapist or doctor checked my calf and cleared me to train before this session
      </label>
      <p class="hint" id="ci-cleared-hint">
        {checked
          ? 'Your plan then goes on from this session at the lower dose. If a session goes badly again, it stops your calf sessions again.'
          : 'Left unticked, the sessions after this one stay on hold until you have been cleared.'}
      </p>
    </div>
  );
}
