// After the four weeks: the retest date and protocol (rules 1 and 4) and how to keep going (rule 19). Shown after
// week 4, on screen and on its printed page, because that is when the runner needs it.
import { type Baseline, keepGoingParts, type Plan, RETEST_TEXT, testProtocol } from '../../domain/index.ts';
import { href } from '../../lib/url.ts';
import { DrillLink, type Titles, Why } from './bits.tsx';
import { day } from './labels.ts';
import { RetestButton } from './NextBlock.tsx';

/** `b`: the runner's own answers, for the retest button (null on a shared plan, which cannot be retested). */
export default function NextSteps({ plan, t, b }: { plan: Plan; t: Titles; b: Baseline | null }) {
  const s = plan.summary;
  const [lead, ...points] = keepGoingParts(s.keepGoing);
  return (
    <section class="next-steps" aria-label="After the four weeks">
      <h3 id="next-steps-title" tabIndex={-1}>
        {/* C49: the retest waits for the check the plan asked for (physiotherapist's read: "Retest on" read as fixed). */}
        Retest {s.retest.waits ? 'once cleared, from' : 'on'} {day(s.retest.date)}
      </h3>
      <p>
        {RETEST_TEXT}
        <Why ids={s.retest.ruleIds} /> Follow the <a href={href('guides/baseline-test/')}>baseline test</a> again:
      </p>
      <ol>
        {testProtocol(s).map((x) => (
          <li>{x}</li>
        ))}
      </ol>
      {b && (
        <p class="no-print">
          Retested? Put the new counts in and your next four weeks start from where this block ends.{' '}
          <RetestButton plan={plan} b={b} />
        </p>
      )}
      <h3>After week 4</h3>
      <p>
        {lead}
        <Why ids={s.keepGoing.ruleIds} />
      </p>
      {/* One point per ladder and what waits (phone review: all of it read as one 14-line paragraph). */}
      {points.length > 0 && (
        <ul>
          {points.map((x) => (
            <li>{x}</li>
          ))}
        </ul>
      )}
      {s.keepGoing.nextDrills.length > 0 && (
        // Semicolons, because drill titles can hold commas ("Eccentric heel drop, bent knee").
        <p>
          Drills to consider next:{' '}
          {s.keepGoing.nextDrills.map((id, i) => (
            <>
              {i ? '; ' : ''}
              <DrillLink id={id} t={t} />
            </>
          ))}
          .
        </p>
      )}
    </section>
  );
}
