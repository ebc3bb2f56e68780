// "Your tests": every heel-raise test so far, side by side (issue 14). The retest against the test before it in
// words (rule 4's noise), the straight-knee counts per side as a small SVG line chart, and every number in a table
// (the table is what screen readers read; the chart is hidden from them). Shown from the first retest on.
import { type Plan, retestText } from '../../domain/index.ts';
import { Why } from './bits.tsx';
import { day } from './labels.ts';
import { chartTop, labelled, type TestRow, testRows } from './test-history.ts';

const W = 320; // viewBox units
const H = 130;
/** How far each side's points sit from the test's place, in viewBox units: left before, right after. Even sides gave
 * the same point, and the right's square hid the left's circle and line (a physiotherapist's read of the paper). */
const SIDE_OFFSET = 4;

function CountChart({ rows }: { rows: TestRow[] }) {
  const top = chartTop(rows);
  // The last point sits 40 units in, so its centred "Block N" label fits (phone review: it was cut at 390 px).
  const x = (i: number) => (rows.length < 2 ? W / 2 : 34 + (i * (W - 74)) / (rows.length - 1));
  const y = (v: number) => H - 18 - (v * (H - 30)) / top;
  const at = (i: number, side: 'left' | 'right') => x(i) + (side === 'left' ? -SIDE_OFFSET : SIDE_OFFSET);
  const line = (side: 'left' | 'right') => rows.map((r, i) => `${at(i, side)},${y(r.straightKnee[side])}`).join(' ');
  return (
    <svg class="count-chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {[0, top / 2, top].map((v) => (
        <>
          <line class="grid" x1="30" x2={W} y1={y(v)} y2={y(v)} />
          <text class="axis" x="2" y={y(v) + 3}>
            {v}
          </text>
        </>
      ))}
      <polyline class="left" points={line('left')} />
      <polyline class="right" points={line('right')} />
      {rows.map((r, i) => (
        <>
          <circle class="left" cx={at(i, 'left')} cy={y(r.straightKnee.left)} r="3.5" />
          <rect class="right" x={at(i, 'right') - 3} y={y(r.straightKnee.right) - 3} width="6" height="6" />
          {labelled(i, rows.length) && (
            <text class="axis" x={x(i)} y={H - 4} text-anchor="middle">
              {`Block ${r.block}`}
            </text>
          )}
        </>
      ))}
    </svg>
  );
}

const pair = (p: { left: number; right: number } | null) => (p ? `${p.left} / ${p.right}` : '–');

export default function TestHistory({ plan }: { plan: Plan }) {
  const { tests, retest } = plan.block;
  if (tests.length < 2) return null;
  const rows = testRows(tests);
  return (
    <section class="test-history" aria-labelledby="test-history-title">
      <h3 id="test-history-title">Your tests</h3>
      {retest && (
        <>
          <p>Your retest against the test before it:</p>
          <ul>
            {retestText(retest).map((s, i, all) => (
              <li>
                {s}
                {i === all.length - 1 && <Why ids={retest.ruleIds} />}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint" id="count-chart-key">
        Straight-knee heel raises at each test: <span class="key-left">● left</span>,{' '}
        <span class="key-right">■ right, dashed line</span>.
      </p>
      <CountChart rows={rows} />
      <table>
        <caption>Every test: heel raises left / right, hops in 20 s, and how even the sides are</caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Straight knee</th>
            <th scope="col">Bent knee</th>
            <th scope="col">Hops</th>
            <th scope="col">Sides even</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                Block {r.block}, {day(r.date)}
              </th>
              <td>{pair(r.straightKnee)}</td>
              <td>{pair(r.bentKnee)}</td>
              <td>{pair(r.hops)}</td>
              <td>{r.symmetry}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
