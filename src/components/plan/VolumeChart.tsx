// Weekly volume per leg as two small bar charts (load index, hop contacts), drawn as plain SVG. Each chart is one
// image whose accessible name carries every number; the bars are labelled L and R so colour is never needed.
import type { Plan } from '../../domain/index.ts';
import { Note } from './bits.tsx';

type Row = { label: string; left: number; right: number };

const W = 300; // viewBox width (user units); the SVG scales to its box
const H = 150;
const BASE = 122; // y of the axis; labels sit below it

function Bars({ title, rows }: { title: string; rows: Row[] }) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.left, r.right]));
  const slot = W / rows.length;
  const bar = slot / 3.2;
  const summary = `${title}: ${rows.map((r) => `${r.label} left ${r.left}, right ${r.right}`).join('; ')}.`;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line x1="0" x2={W} y1={BASE} y2={BASE} class="axis" />
        {rows.map((r, i) =>
          (
            [
              ['L', r.left],
              ['R', r.right],
            ] as const
          ).map(([side, v], j) => {
            const h = (v / max) * (BASE - 22);
            const x = i * slot + slot / 2 - bar - 2 + j * (bar + 4);
            return (
              <g class={`bar ${side}`}>
                <rect x={x} y={BASE - h} width={bar} height={h} />
                {/* Whole numbers, so neighbouring labels fit a phone; the image's name keeps the exact values. */}
                <text x={x + bar / 2} y={BASE - h - 4}>
                  {Math.round(v)}
                </text>
                <text x={x + bar / 2} y={BASE + 12}>
                  {side}
                </text>
              </g>
            );
          }),
        )}
        {rows.map((r, i) => (
          <text class="wk" x={i * slot + slot / 2} y={BASE + 26}>
            {r.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}

export default function VolumeChart({ plan }: { plan: Plan }) {
  const rows = (k: 'loadIndex' | 'contacts') =>
    plan.weeks.map((w) => ({ label: `Week ${w.number}`, left: w.volume[k].left, right: w.volume[k].right }));
  return (
    <section class="volume" aria-labelledby="volume-title">
      <h3 id="volume-title">Weekly volume per leg</h3>
      <div class="charts">
        <Bars title="Load index per leg" rows={rows('loadIndex')} />
        <Bars title="Hop contacts per leg" rows={rows('contacts')} />
      </div>
      <p class="hint">
        L is the left leg (filled), R the right leg (outlined). <Note note={plan.summary.loadIndex} />
      </p>
    </section>
  );
}
