// The check-in's box for a session C49 holds: was the runner checked and cleared to train first? After its stop (a
// third bad session in a row, `stopped`), ticked, the plan goes on from this session at the held dose
// (adjust/worse-again.ts) and unticked, the sessions after it stay on hold. Before any stop, ticked, the request at the
// top of the plan is answered; unticked, it stays.
type Props = { checked: boolean; stopped: boolean; onChange: (checked: boolean) => void };

export default function ClearedQuestion({ checked, stopped, onChange }: Props) {
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
          ? `Your plan then goes on from this session at the lower dose. If a session goes badly again, it stops your calf sessions${stopped ? ' again' : ''}.`
          : stopped
            ? 'Left unticked, the sessions after this one stay on hold until you have been cleared.'
            : 'Left unticked, your plan still asks for the check, at the same lower dose.'}
      </p>
    </div>
  );
}
