// Print-only part of page 1: the baseline, the readiness rules (each once, not per session) and the warning signs,
// grouped by how soon to act (rule 18's urgencies; 'soon' for the ungraded ones is convention C1). Hidden on screen. The 0-10 scales for the RPE and soreness log columns are a
// Pushoff convention (rules.md names RPE and soreness but no scale); 0-10 matches the pain scale of rule 7.
import {
  type Baseline,
  distinctChecks,
  legsInTurnFor,
  type Plan,
  phraseKey,
  RED_FLAG_QUESTIONS,
  say,
} from '../../domain/index.ts';
import { href } from '../../lib/url.ts';
import BaselineView from './BaselineView.tsx';
import { Notes } from './bits.tsx';

const URGENCY = [
  ['emergency', 'Emergency care now:'],
  ['same-day', 'See a clinician the same day:'],
  ['soon', 'See a clinician within days:'],
  ['no-loading-today', 'No loading today:'],
] as const;

export default function PrintIntro({ plan, b, host }: { plan: Plan; b: Baseline; host: string }) {
  // By what it says, not its id alone: a check can change within the block (hop pain with single-leg hops or
  // strides, C17). A check the summary's notes already say (the cramp advice) is not printed twice.
  const inSummary = new Set(plan.summary.flags.map(phraseKey));
  const checks = distinctChecks(plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.readiness))).filter(
    (r) => !inSummary.has(phraseKey(r)),
  );
  return (
    <div class="print-only">
      <BaselineView b={b} title="Your baseline" />
      <h3>Readiness rules for every session</h3>
      <Notes notes={checks} say={say} />
      <p>
        {/* One line shorter than it was: page 1's right column was a line over on Letter for a runner with a hop test,
            two pain places and a long history (print review of this session's fixture). */}
        Log each session: what you did, effort and pain during it (0-10), pain and stiffness next morning. "First" marks
        the leg to start with; {legsInTurnFor(plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills))).short}.
        How to do each drill: {host}
        {href('drills/')}. Why each part of the plan is as it is, with sources: {host}
        {href('guides/how-plans-are-built/')}.
      </p>
      <h3>Warning signs: a new yes means stop</h3>
      <p>
        <strong>Education, not diagnosis:</strong> this plan cannot examine you.
      </p>
      {URGENCY.map(([u, label]) => (
        <>
          <p class="flag-group">
            <strong>{label}</strong>
          </p>
          <ul class="flags">
            {RED_FLAG_QUESTIONS.filter((q) => q.urgency === u).map((q) => (
              <li>{q.onPaper}</li>
            ))}
          </ul>
        </>
      ))}
    </div>
  );
}
