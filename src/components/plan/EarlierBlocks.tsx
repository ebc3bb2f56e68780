// "Your earlier blocks" (issue 14): each finished block stays readable, newest first. Its plan is built again from
// its own answers, the blocks before it and the log, so it shows what really happened: the test, each week's dates,
// calf sessions done against planned, and what the log changed.
import { type Baseline, earlierPlans, type History, type Plan, say } from '../../domain/index.ts';
import { day } from './labels.ts';
import { weekTallies } from './log-progress.ts';

function Block({ plan, b, log }: { plan: Plan; b: Baseline; log: History['log'] }) {
  const tallies = weekTallies(plan, log);
  return (
    <details>
      <summary>
        Block {plan.block.number}: {day(plan.startDate)} to {day(plan.endDate)} (test {b.straightKnee.left} left,{' '}
        {b.straightKnee.right} right)
      </summary>
      <table>
        <caption>Block {plan.block.number}, week by week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Calf sessions</th>
            <th scope="col">What the log changed</th>
          </tr>
        </thead>
        <tbody>
          {plan.weeks.map((w, i) => (
            <tr>
              <th scope="row">
                Week {w.number}, from {day(w.startDate, false)}
              </th>
              <td>
                {tallies[i].done} of {tallies[i].planned} done
                {tallies[i].partly ? `, ${tallies[i].partly} partly` : ''}
                {tallies[i].skipped ? `, ${tallies[i].skipped} skipped` : ''}
              </td>
              <td>{w.adjustment ? say(w.adjustment) : 'Went as planned'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export default function EarlierBlocks({ history }: { history: History }) {
  const earlier = history.earlier ?? [];
  if (earlier.length === 0) return null;
  const plans = earlierPlans(history);
  const blocks = earlier.map((b, i) => ({ b, plan: plans[i] })).reverse();
  return (
    <section class="earlier-blocks no-print" aria-labelledby="earlier-blocks-title">
      <h3 id="earlier-blocks-title">Your earlier blocks</h3>
      {blocks.map(({ b, plan }, i) =>
        plan ? (
          <Block plan={plan} b={b} log={history.log} />
        ) : (
          <p>Block {earlier.length - i}: no plan was made from those answers (a warning sign or pain that day).</p>
        ),
      )}
    </section>
  );
}
