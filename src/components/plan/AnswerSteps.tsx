// The questions of the plan's steps: the form, and on the safety check the backup file to start from. A chunk of its
// own, so a returning runner, whose page opens on the plan, does not load the form's code (issue 13's budget).
// The page renders it once on the server, disabled, as the island's first paint (src/pages/plan/index.astro);
// PlanBuilder loads this module as soon as a step asks questions and swaps it in.
import type { FormStep } from '../../stores/plan-steps.ts';
import ImportBackup from './ImportBackup.tsx';
import PlanForm from './PlanForm.tsx';

type Props = { ready: boolean; step: FormStep; flagged: boolean };

export default function AnswerSteps({ ready, step, flagged }: Props) {
  return (
    <>
      <PlanForm ready={ready} step={step} flagged={flagged} />
      {step === 'safety' && !flagged && <ImportBackup ready={ready} />}
    </>
  );
}
