// The log so far, on screen and on its own printed page (issue 14): calf sessions done per week against the plan,
// and pain during and the morning after for each check-in, as a small SVG chart with the same numbers in a table
// (the table is what screen readers read; the chart is hidden from them).
import type { Plan } from '../../domain/index.ts';
import type { SessionLog } from '../../domain/model/session-log.ts';
import { day } from './labels.ts';
import { painPoints, weekTallies, weekVolumes } from './log-progress.ts';
import VolumeDone from './VolumeDone.tsx';

const W = 320; // viewBox units
const H = 120;
/** How far during's and the next morning's marks sit from the day's place, in viewBox units (as in "Your tests"). */
const SIDE_OFFSET = 4;
/** The morning's stiffness in words. "Stiffness", not a bare "as usual": beside a pain score above the usual one that
 * read as a morning back to usual (phone review: "1, as usual" where the plan said "not back to usual"). */
const STIFF = {
  usual: 'stiffness as usual',
  more: 'stiffer than usual',
  'much-more': 'much stiffer than usual',
} as Record<string, string>;

function PainChart({ points }: { points: ReturnType<typeof painPoints> }) {
  const x = (i: number) => (points.length < 2 ? W / 2 : 30 + (i * (W - 50)) / (points.length - 1));
  const y = (v: number) => H - 20 - (v * (H - 34)) / 10;
  const last = points.length - 1;
  // During before the day's place, the next morning after it: the same score hid one mark under the other.
  const at = (i: number, k: 'during' | 'morning') => x(i) + (k === 'during' ? -SIDE_OFFSET : SIDE_OFFSET);
  const line = (k: 'during' | 'morning') =>
    points.flatMap((p, i) => (p[k] === null ? [] : [`${at(i, k)},${y(p[k] as number)}`])).join(' ');
  return (
    <svg class="pain-chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <line class="limit" x1="0" x2={W} y1={y(5)} y2={y(5)} />
      {/* A scale and the first and last dates (phone review: dots floating with no scale or dates). */}
      <text class="axis" x="2" y={y(10) + 4}>
        10
      </text>
      <text class="axis" x="2" y={y(0) + 4}>
        0
      </text>
      <text class="limit-label" x="2" y={y(5) - 3}>
        5/10
      </text>
      <text class="axis" x={x(0)} y={H - 2} text-anchor={last > 0 ? 'start' : 'middle'}>
        {day(points[0].date, false)}
      </text>
      {last > 0 && (
        <text class="axis" x={x(last)} y={H - 2} text-anchor="end">
          {day(points[last].date, false)}
        </text>
      )}
      <polyline class="during" points={line('during')} />
      <polyline class="morning" points={line('morning')} />
      {points.map((p, i) => (
        <>
          {p.during !== null && <circle class="during" cx={at(i, 'during')} cy={y(p.during)} r="3" />}
          {p.morning !== null && (
            <rect class="morning" x={at(i, 'morning') - 3} y={y(p.morning) - 3} width="6" height="6" />
          )}
        </>
      ))}
    </svg>
  );
}

export default function LogProgress({ plan, log }: { plan: Plan; log: SessionLog }) {
  const points = painPoints(plan, log);
  if (!points.length) return null;
  const tallies = weekTallies(plan, log);
  return (
    <section class="log-progress" aria-labelledby="log-progress-title">
      <h3 id="log-progress-title" tabIndex={-1}>
        Your log so far
      </h3>
      <table>
        <caption>Calf sessions each week: planned and what your check-ins say</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Planned</th>
            <th scope="col">Done</th>
            <th scope="col">Partly</th>
            <th scope="col">Skipped</th>
          </tr>
        </thead>
        <tbody>
          {tallies.map((t) => (
            <tr>
              <th scope="row">Week {t.number}</th>
              <td>{t.planned}</td>
              <td>{t.done}</td>
              <td>{t.partly}</td>
              <td>{t.skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <VolumeDone weeks={weekVolumes(plan, log)} />
      <figure>
        <PainChart points={points} />
        <figcaption>
          Pain 0-10 during each session (circles) and the next morning (squares); the line marks 5/10, the most pain the
          plan allows during a session.
        </figcaption>
      </figure>
      <table>
        <caption>Pain and stiffness for each check-in</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Pain during</th>
            <th scope="col">Next morning</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr>
              <th scope="row">{day(p.date, false)}</th>
              <td>{p.during ?? 'skipped'}</td>
              <td>
                {p.morning === null ? 'not answered yet' : `pain ${p.morning}, ${STIFF[p.stiffness ?? ''] ?? ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
