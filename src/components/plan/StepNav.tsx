// The progress indicator: four numbered steps in a list (screen readers say "1 of 4"), the current one marked
// with aria-current="step".
// Each step is a button, so a runner can go straight back to any answer; while a warning sign is ticked only the
// safety check is open, because there is nothing to plan.
import { STEPS, type Step } from '../../stores/plan-steps.ts';

export const STEP_NAMES: Record<Step, string> = {
  safety: 'Safety check',
  test: 'The test',
  week: 'Your running week',
  plan: 'Your plan',
};

type Props = { step: Step; ready: boolean; flagged: boolean; onGo: (s: Step) => void };

export default function StepNav({ step, ready, flagged, onGo }: Props) {
  return (
    <nav class="steps no-print" aria-label="Steps">
      <ol>
        {STEPS.map((s, i) => (
          <li class={s === step ? 'current' : undefined}>
            <button
              type="button"
              aria-current={s === step ? 'step' : undefined}
              disabled={!ready || (flagged && s !== 'safety')}
              onClick={() => onGo(s)}
            >
              <span class="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span class="step-name">{STEP_NAMES[s]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
