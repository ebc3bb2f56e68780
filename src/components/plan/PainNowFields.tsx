// Pain right now and where, asked in the safety check with the warning signs: the heel-raise test loads the calf to
// fatigue, so pain that rules out loading (rule 7 over 5; C23 shin, C50 calf muscle, C51 under the heel at rest) is
// answered before it, and "Next" shows its referral instead of the test.
import { useStore } from '@nanostores/preact';
import { PAIN_LOCATIONS } from '../../domain/model/vocabulary.ts';
import { $draft } from '../../stores/plan.ts';
import { Checks, pick, TextField } from './fields.tsx';
import { PAIN_PLACES } from './labels.ts';

/** Places ticked with a pain of 0: the engine still reads each as sore (the cautious reading: a heel that hurts most
 * mornings but not at this moment), so the runner is told, next to the boxes, rather than the answers refused. */
function ZeroPainPlaces() {
  const d = useStore($draft);
  const shown = d.painNow.trim() === '0' && d.painLocations.length > 0;
  // The live region stays in the page so that the sentence is announced when it appears.
  return (
    <div role="status">
      {shown && (
        <p class="hint">
          Your pain right now is 0, yet a place is ticked: the plan still treats it as sore and plans around it. Untick
          any place that does not hurt.
        </p>
      )}
    </div>
  );
}

export default function PainNowFields() {
  return (
    <fieldset class="section">
      <legend>Pain today, before the test</legend>
      {/* Phone review: the reason said why pain is asked here, not what a high score does. */}
      <p class="hint">
        Asked before the test, because the test works the calf until it tires. Pain over 5/10, pain of 4/10 or more in
        the calf muscle or under the heel, or any shin pain means no test today: the page says what to do instead.
      </p>
      <TextField
        path="painNow"
        label="Pain right now"
        hint="Score it sitting still, as you are now: 0 means no pain, 10 the worst pain you can imagine."
      />
      <Checks
        path="painLocations"
        label="Where it hurts now"
        hint="Tick any that apply. Leave them all empty only if your pain right now is 0."
        options={pick(PAIN_LOCATIONS, PAIN_PLACES)}
      />
      <ZeroPainPlaces />
    </fieldset>
  );
}
