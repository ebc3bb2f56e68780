// Planned against done, per week and leg (issue 14's progress you can see): the reps and foot contacts of the calf
// sessions, as outlined bars (planned) with filled bars inside (done), and the same numbers in a table.
import type { WeekVolume } from './log-progress.ts';

const W = 320; // viewBox units
const H = 120;

function Bars({ weeks }: { weeks: WeekVolume[] }) {
  const top = Math.max(1, ...weeks.flatMap((w) => [w.planned.left, w.planned.right, w.done.left, w.done.right]));
  const slot = (W - 20) / weeks.length;
  const bar = slot / 2 - 8;
  const h = (v: number) => (v * (H - 34)) / top; // the tallest bar stops under the week labels
  return (
    <svg class="volume-done" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {weeks.map((w, i) =>
        (['left', 'right'] as const).map((side, j) => {
          const x = 10 + i * slot + j * (bar + 6) + 4;
          return (
            <>
              <rect class="planned" x={x} y={H - 18 - h(w.planned[side])} width={bar} height={h(w.planned[side])} />
              <rect
                class={`done ${side}`}
                x={x + 2}
                y={H - 18 - h(w.done[side])}
                width={bar - 4}
                height={h(w.done[side])}
              />
              <text class="axis" x={x + bar / 2} y={H - 6} text-anchor="middle">
                {side === 'left' ? 'L' : 'R'}
              </text>
            </>
          );
        }),
      )}
      {weeks.map((w, i) => (
        <text class="axis" x={10 + i * slot + slot / 2} y="12" text-anchor="middle">
          {`Week ${w.number}`}
        </text>
      ))}
    </svg>
  );
}

export default function VolumeDone({ weeks }: { weeks: WeekVolume[] }) {
  return (
    <>
      <figure>
        <Bars weeks={weeks} />
        <figcaption>
          Reps and hop landings per leg each week: the outline is what the plan asked, the filled bar what your
          check-ins say you did (a partly done session counts only the reps you noted).
        </figcaption>
      </figure>
      <table>
        <caption>Reps and hop landings per leg each week: planned and done</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Left planned</th>
            <th scope="col">Left done</th>
            <th scope="col">Right planned</th>
            <th scope="col">Right done</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr>
              <th scope="row">Week {w.number}</th>
              <td>{w.planned.left}</td>
              <td>{w.done.left}</td>
              <td>{w.planned.right}</td>
              <td>{w.done.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
