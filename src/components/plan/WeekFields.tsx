// History, sessions, equipment with load units, the running week and the start date.
import { useStore } from '@nanostores/preact';
import { ACHILLES_PART_LABELS, WEEKDAYS } from '../../domain/model/vocabulary.ts';
import { weightRange } from '../../lib/plan-io/body-weight.ts';
import { $draft, $fieldErrors, toggle } from '../../stores/plan.ts';
import { $bodyWeight, $unit, $weightText, setUnit } from '../../stores/units.ts';
import { Checks, ErrorText, SelectField, TextField } from './fields.tsx';
import { CALF_STRAIN, HISTORY, KIT, WEEKDAY_NAMES } from './labels.ts';

function BodyWeight() {
  const unit = useStore($unit);
  const text = useStore($weightText);
  const { error } = useStore($bodyWeight);
  const [min, max] = weightRange(unit);
  return (
    <fieldset class="pair">
      {/* Phone review: "Loads" did not say the kg / lb choice is the unit for every weight in the plan. */}
      <legend>Weights: units, and your body weight</legend>
      <div class="pair-row">
        {(['kg', 'lb'] as const).map((u) => (
          <label class="check">
            <input type="radio" name="unit" checked={unit === u} onChange={() => setUnit(u)} />
            {u}
          </label>
        ))}
        <div class="field full-row">
          <label for="f-bodyWeight">Body weight (optional)</label>
          <span class="hint" id="f-bodyWeight-hint">
            {min} to {max} {unit}. Turns "% of body weight" into {unit}; kept on this device only, never in links.
          </span>
          <input
            id="f-bodyWeight"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`f-bodyWeight-hint${error ? ' f-bodyWeight-err' : ''}`}
            onInput={(e) => $weightText.set(e.currentTarget.value)}
          />
          <ErrorText id="f-bodyWeight" error={error ?? undefined} />
        </div>
      </div>
    </fieldset>
  );
}

/** Asked with an Achilles history, or whenever its answer is missing (older saved answers, C27). */
function AchillesPart() {
  const draft = useStore($draft);
  const error = useStore($fieldErrors)['history.achillesPart'];
  if (!draft.history.includes('achillesTendinopathy') && !error) return null;
  return (
    <SelectField
      path="history.achillesPart"
      label="Where was the Achilles tendon pain?"
      hint="Heel-bone pain changes the plan: raises stay at floor level, with no stretching into dorsiflexion."
      options={{ '': 'Choose one', ...ACHILLES_PART_LABELS }}
    />
  );
}

function toStartDate() {
  const date = document.getElementById('f-startDate');
  date?.focus({ preventScroll: true });
  date?.scrollIntoView({ block: 'center' });
}

/** A clinician's answer to a check the plan asked for, ticked under the history (C13's "cleared", C54's "checked"),
 * with its hint and, once ticked, the way on: the start date, with "See my plan" right under it (phone review: both
 * were about 2,000 px down, past the equipment and run days, and nothing said where to go). */
function ClinicianTick({ k, label, hint }: { k: 'strainCleared' | 'gapChecked'; label: string; hint: string }) {
  const ticked = useStore($draft).history.includes(k);
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          id={`f-history-${k}`}
          aria-describedby={`f-history-${k}-hint`}
          checked={ticked}
          onChange={(e) => toggle('history', k, e.currentTarget.checked)}
        />
        {label}
      </label>
      <p class="hint" id={`f-history-${k}-hint`}>
        {hint}
      </p>
      {ticked && (
        <p>
          <button type="button" onClick={toStartDate}>
            Go to the start date
          </button>
        </p>
      )}
    </>
  );
}

/** Asked with a strain (C13): a clinician's clearance lifts the check and the hold a strain that hurts now brings
 * (physiotherapist's read: a runner cleared with a slight ache left could only lift it by changing the pain answer). */
function StrainCleared() {
  const draft = useStore($draft);
  if (draft['history.calfStrain'] === 'none' || draft['history.calfStrain'] === '') return null;
  // Physiotherapist's read: cleared in week 3 of a held block, the rebuilt plan (same start date) jumped from week 1's
  // dose to week 3's, two changes at once. A later start date begins the weeks again; the log before it stays kept.
  return (
    <ClinicianTick
      k="strainCleared"
      label="Cleared: a physiotherapist or doctor has checked this calf since the strain and cleared it for training"
      hint="Cleared part-way through your four weeks? Set the start date below to your next calf-session day, so the weeks build again from week 1’s dose, one change at a time."
    />
  );
}

/** Both counts typed, and the sides more than 10% apart (rule 5): the difference a clinician may be asked to check. */
function apart(draft: Record<string, unknown>, knee: 'straightKnee' | 'bentKnee'): boolean {
  const [l, r] = [draft[`${knee}.left`], draft[`${knee}.right`]].map((v) => (v === '' ? Number.NaN : Number(v)));
  // Rule 5's 90%, as symmetryPercent rounds it (to 0.1%); inline, as norms.ts would join the new runner's first load.
  return Number.isFinite(l) && Number.isFinite(r) && Math.round((Math.min(l, r) / Math.max(l, r)) * 1000) < 900;
}

/** C54 (and C13's Achilles history): the check of a gap between the calves, asked for before week 3, answered here.
 * Asked only when the counts typed differ by more than 10%; a retest empties it (stores/plan-retest.ts). Checked after
 * week 3 began, the same start date would take week 4 two changes on from week 2. */
function GapChecked() {
  const draft = useStore($draft);
  if (!apart(draft, 'straightKnee') && !apart(draft, 'bentKnee') && !draft.history.includes('gapChecked')) return null;
  return (
    <ClinicianTick
      k="gapChecked"
      label="Checked: a physiotherapist or doctor has looked at the difference between my calves since this test and cleared me to train"
      hint="Your sides differ by more than 10%. Once a clinician has looked at it, the plan stops waiting for that check and builds as usual; your next retest asks again. Checked after week 3 began? Set the start date below to your next calf-session day, so the weeks build again one change at a time."
    />
  );
}

const days = Object.fromEntries(WEEKDAYS.map((d) => [d, WEEKDAY_NAMES[d]]));

export default function WeekFields() {
  return (
    <fieldset class="section">
      <legend>Your history and your week</legend>
      <SelectField
        path="history.calfStrain"
        label="Have you had a calf strain?"
        hint="Choose the side, if any."
        options={CALF_STRAIN}
      />
      <StrainCleared />
      <Checks path="history" label="Other past problems" hint="Tick any you have had." options={HISTORY} />
      <AchillesPart />
      <GapChecked />
      <SelectField
        path="sessionsPerWeek"
        label="Loaded calf sessions a week"
        hint="1 to 3 sessions; they are placed at least 48 hours apart."
        options={{ 1: '1', 2: '2', 3: '3' }}
      />
      <Checks
        path="equipment"
        label="Equipment you have"
        hint="A wall, a chair and a towel are assumed."
        options={KIT}
      />
      <BodyWeight />
      <Checks
        path="runDays"
        label="Days you run"
        hint="Calf sessions keep away from hard days and the day before your long run. Not running at the moment? Leave them all empty."
        options={days}
        inline
      />
      <SelectField
        path="longRunDay"
        label="Long-run day"
        hint="Must be one of your run days."
        options={{ '': 'No long run', ...days }}
      />
      <Checks
        path="hardDays"
        label="Hard-session days"
        hint="Intervals, tempo runs or races. Each must be a run day."
        options={days}
        inline
      />
      <TextField
        path="startDate"
        type="date"
        label="Start date"
        hint="The first day of week 1: type it or pick it from the calendar."
      />
    </fieldset>
  );
}
