// Plan summary: symmetry, norms and the runner-ready target, gates (open or locked, and what opens them) and notes
// for you (those asking for a clinician go above today's session: ClinicianNotes). The retest and what comes after
// week 4 follow the weeks (NextSteps).
import {
  CLINICIAN_HEADING,
  GATE_TITLES,
  GATES_HEADING,
  type Gate,
  gateState,
  gateWhen,
  normsText,
  type Plan,
  type PlanSummary,
  say,
  splitClinicianNotes,
  symmetryText,
  targetText,
} from '../../domain/index.ts';
import { FlagNote, FlagNotes, Why } from './bits.tsx';
import { day, TELL_PARENT } from './labels.ts';

const MET = { true: 'met', false: 'not met', null: 'check this yourself' } as const;

function GateItem({ g, keepGoing }: { g: Gate; keepGoing: PlanSummary['keepGoing'] }) {
  const when = gateWhen(g, keepGoing);
  return (
    <li class={`gate ${g.status}`}>
      <strong>
        {GATE_TITLES[g.id]}: {gateState(g, keepGoing)}
        {g.status === 'locked' && <span class="print-only"> until</span>}
      </strong>
      {when && `, ${when}`}
      {/* One "Why?" per gate: its own rules and its conditions'. */}
      <Why ids={[...new Set([...g.ruleIds, ...g.conditions.flatMap((c) => c.ruleIds)])]} />
      <ul>
        {g.conditions.map((c) => (
          <li class={c.met === true ? 'is-met' : undefined}>
            {say(c)}
            <span class={c.met === false ? 'met unmet' : 'met'}>: {MET[String(c.met) as keyof typeof MET]}</span>
          </li>
        ))}
      </ul>
      {g.toOpen.length > 0 && (
        <div class="opens">
          What opens it:
          <ul>
            {g.toOpen.map((x) => (
              <li>{say(x)}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export default function SummaryView({ plan }: { plan: Plan }) {
  const s = plan.summary;
  // Requests to see a clinician are above today's session on screen (ClinicianNotes); on paper they open page 1.
  const { clinician, other: notes } = splitClinicianNotes(s.flags);
  return (
    <section class="plan-summary" aria-labelledby="summary-title">
      <h3 id="summary-title" tabIndex={-1}>
        Summary
      </h3>
      {clinician.length > 0 && (
        // One paragraph, not a heading and a list: page 1 has no room for another heading's line.
        <p class="print-only">
          <strong>{CLINICIAN_HEADING}:</strong>
          {clinician.map((f) => (
            <>
              {' '}
              <FlagNote f={f} say={say} />
            </>
          ))}
          {s.keepGoing.young && ` ${say(TELL_PARENT)}`}
        </p>
      )}
      <p>
        Four weeks from {day(plan.startDate)} to {day(plan.endDate)}, with {plan.sessionsPerWeek} loaded calf session
        {plan.sessionsPerWeek > 1 ? 's' : ''} a week, then a retest on {day(plan.summary.retest.date)}.
      </p>
      <h4>Your test</h4>
      <ul>
        <li>
          {symmetryText(s.symmetry.straightKnee)}
          <Why ids={s.symmetry.straightKnee.ruleIds} />
        </li>
        {s.symmetry.bentKnee && (
          <li>
            {symmetryText(s.symmetry.bentKnee)}
            <Why ids={s.symmetry.bentKnee.ruleIds} />
          </li>
        )}
        <li>
          {normsText(s.norms)}
          <Why ids={s.norms.ruleIds} />
        </li>
        <li>
          {targetText(s.norms.target, clinician.length > 0, s.keepGoing.held)}
          <Why ids={s.norms.target.ruleIds} />
        </li>
      </ul>
      <h4>{GATES_HEADING}</h4>
      <ul class="gates">
        {s.gates.map((g) => (
          <GateItem g={g} keepGoing={s.keepGoing} />
        ))}
      </ul>
      {notes.length > 0 && (
        <>
          <h4>Notes for you</h4>
          <FlagNotes flags={notes} say={say} />
        </>
      )}
    </section>
  );
}
