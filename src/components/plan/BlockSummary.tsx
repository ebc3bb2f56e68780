// One printed page about a block for the coach or physio (issue 14): the tests, calf sessions done against planned,
// pain during and the morning after week by week, and every change the log made. On screen only its button shows;
// pressing it prints this page alone (the html element's data-print says so to the print styles). It is dated: weeks
// not begun say so rather than "0 of 2" (physiotherapist's read: a coach took them for missed sessions).
import { type Baseline, type Plan, retestText, say } from '../../domain/index.ts';
import type { SessionLog } from '../../domain/model/session-log.ts';
import { day, PAIN_PLACES } from './labels.ts';
import { painPoints, weekTallies } from './log-progress.ts';

const PRINT_KEY = 'block-summary';

function printSummary() {
  const root = document.documentElement;
  root.dataset.print = PRINT_KEY;
  addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  print();
}

/** The highest of some scores, or a dash when there are none. */
const most = (xs: (number | null)[]) => {
  const n = xs.filter((x): x is number => x !== null);
  return n.length ? String(Math.max(...n)) : '–';
};

type Props = { plan: Plan; log: SessionLog; b: Baseline; today: string };

export default function BlockSummary({ plan, log, b, today }: Props) {
  const tallies = weekTallies(plan, log);
  const points = painPoints(plan, log);
  const last = plan.block.tests[plan.block.tests.length - 1];
  const places = b.painLocations.map((x) => PAIN_PLACES[x].toLowerCase()).join(', ');
  return (
    <>
      <p class="no-print">
        <button type="button" onClick={printSummary}>
          Print a one-page summary of this block
        </button>
      </p>
      <section class="block-summary" aria-label="Block summary for print">
        <h3>
          Block {plan.block.number}: {day(plan.startDate)} to {day(plan.endDate)}
        </h3>
        <p>As of {day(today)}, from the training log on this device.</p>
        <p>
          Test ({day(last.date)}): straight knee {last.straightKnee.left} left, {last.straightKnee.right} right
          {last.bentKnee ? `; bent knee ${last.bentKnee.left} left, ${last.bentKnee.right} right` : ''}
          {last.hops ? `; hops ${last.hops.left} left, ${last.hops.right} right` : ''}; pain at rest {b.painNow}/10
          {places ? ` (${places})` : ''}.
        </p>
        {plan.block.retest && (
          <ul>
            {retestText(plan.block.retest).map((s) => (
              <li>{s}</li>
            ))}
          </ul>
        )}
        <table>
          <caption>Week by week: calf sessions, highest pain, and what the log changed</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Calf sessions done</th>
              <th scope="col">Pain during (highest)</th>
              <th scope="col">Next morning (highest)</th>
              <th scope="col">Change from the log</th>
            </tr>
          </thead>
          <tbody>
            {plan.weeks.map((w, i) => {
              const inWeek = points.filter((p) => p.date >= w.startDate && p.date <= w.endDate);
              const ahead = w.startDate > today;
              return (
                <tr>
                  <th scope="row">
                    {w.number} ({day(w.startDate, false)})
                  </th>
                  <td>
                    {ahead ? (
                      `not begun (${tallies[i].planned} planned)`
                    ) : (
                      <>
                        {tallies[i].done} of {tallies[i].planned}
                        {tallies[i].partly ? `, ${tallies[i].partly} partly` : ''}
                        {tallies[i].skipped ? `, ${tallies[i].skipped} skipped` : ''}
                        {w.endDate >= today ? ' so far' : ''}
                      </>
                    )}
                  </td>
                  <td>{most(inWeek.map((p) => p.during))}</td>
                  <td>{most(inWeek.map((p) => p.morning))}</td>
                  <td>{w.adjustment ? say(w.adjustment) : 'As planned'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {plan.summary.flags.length > 0 && <p>The plan’s notes, written from the test of {day(last.date)}:</p>}
        {plan.summary.flags.length > 0 && (
          <ul>
            {plan.summary.flags.map((f) => (
              <li>{say(f)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
