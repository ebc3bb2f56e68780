// The baseline test results (rule 1 protocol, one click away) and the optional norms inputs. Pain right now is asked
// before the test, in the safety check (PainNowFields.tsx).
import { useStore } from '@nanostores/preact';
import { LIMITS } from '../../domain/model/baseline.ts';
import { PAIN_LOCATIONS } from '../../domain/model/vocabulary.ts';
import { href } from '../../lib/url.ts';
import { $draft, $fieldErrors } from '../../stores/plan.ts';
import TestToolsLauncher from '../session/TestToolsLauncher.tsx';
import { Checks, Pair, pick, SelectField, TextField } from './fields.tsx';
import { PAIN_PLACES } from './labels.ts';

/** Asked once hopping hurt at all, or when its answer is missing (older saved answers): where it hurt decides rule 17
 * (the heel bone) and the bone-stress check (a shin or heel, C22). */
function HopPlaces() {
  const draft = useStore($draft);
  const error = useStore($fieldErrors)['hopTest.where'];
  const pain = Number(draft['hopTest.pain']);
  if (!(pain > 0) && !error) return null;
  return (
    <Checks
      path="hopTest.where"
      label="Where hopping hurt"
      hint="Tick each place that hurt while you hopped."
      options={pick(PAIN_LOCATIONS, PAIN_PLACES)}
    />
  );
}

export default function TestFields() {
  return (
    <fieldset class="section">
      <legend>Your baseline test</legend>
      <p class="hint">
        Do the test first, then enter your counts here. The{' '}
        <a href={href('guides/baseline-test/')} target="_blank" rel="noopener">
          baseline test guide (opens in a new tab)
        </a>{' '}
        explains each step.
      </p>
      <TestToolsLauncher />
      <Pair
        path="straightKnee"
        label="Straight-knee single-leg heel raises"
        hint={`Reps to fatigue on each leg at 60 beats a minute, 0 to ${LIMITS.reps}. Enter 0 if the heel could not lift.`}
      />
      <Pair
        path="bentKnee"
        label="Bent-knee heel raises (optional)"
        hint={`Reps on each leg, 0 to ${LIMITS.reps}. Leave both empty if you did not test this.`}
      />
      <Pair
        path="hopTest"
        label="Light hop test (optional)"
        hint={`Single-leg hops in 20 seconds on each leg (0 to ${LIMITS.hops}) and pain while hopping (0 to 10). Leave all three empty if you did not hop.`}
        extra={<TextField path="hopTest.pain" label="Pain while hopping" hintId="f-hopTest-hint" />}
      />
      <HopPlaces />
      <div class="field-row">
        <TextField
          path="age"
          label="Age (optional)"
          hint={`Years, ${LIMITS.age.min} to ${LIMITS.age.max}. If you are under 16, enter it: a young runner's plan adds no weight. With sex, it picks the typical counts yours are compared with.`}
        />
        <SelectField
          path="sex"
          label="Sex, for the typical counts (optional)"
          hint="The published typical counts are for women and men."
          options={{ '': 'Not given', female: 'Female', male: 'Male' }}
        />
      </div>
    </fieldset>
  );
}
