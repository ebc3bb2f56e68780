// One week: the one changed variable and why, then each session on its date with drills, per-leg doses (weaker
// side first), cues and readiness checks. On paper each week starts a page and the table gains log columns.
import type { PrescribedDrill, Session, Week } from '../../domain/index.ts';
import { loadFigure, type Unit } from '../../lib/plan-io/body-weight.ts';
import { doseText, drillHow } from '../../lib/plan-io/plan-events.ts';
import { href } from '../../lib/url.ts';
import { CueLinks, DrillLink, Note, Notes, Rules, type Titles } from './bits.tsx';
import { day } from './labels.ts';

const CHANGE: Record<string, string> = {
  load: 'Load', reps: 'Reps', tempo: 'Tempo', range: 'Range', 'single-leg': 'Single-leg work', plyometric: 'Hops',
};
/** Body weight for load figures, in the chosen unit (own plan only; null hides figures). */
export type Weight = { kg: number | null; unit: Unit };

function Side({ d, side }: { d: PrescribedDrill; side: 'left' | 'right' }) {
  const text = doseText(d[side]);
  return <td class="dose">{text || 'none'}{d.stance === 'single' && d.firstSide === side && text ? <span class="first"> first</span> : null}</td>;
}

function DrillRow({ d, t, w }: { d: PrescribedDrill; t: Titles; w: Weight }) {
  const figure = loadFigure(d.load, w.kg, w.unit);
  return (
    <tr>
      <th scope="row">
        <img class="fig" src={href(`figures/${d.drill}.svg`)} alt="" width={48} height={36} loading="lazy" />
        <DrillLink id={d.drill} t={t} />
      </th>
      {d.stance === 'single' ? <><Side d={d} side="left" /><Side d={d} side="right" /></>
        : <td colSpan={2} class="dose">{doseText(d.left)}{d.stance === 'double' ? ', both legs together' : ' each side'}</td>}
      <td class="how">
        {drillHow(d)}{d.load && <>{drillHow(d) ? '. ' : ''}Load: {d.load}{figure && <strong> {figure}</strong>}</>}
        <Rules ids={d.ruleIds} />
        <Notes notes={d.notes} class="no-print" />
      </td>
      <td class="log"><span class="box" /></td><td class="log" /><td class="log" /><td class="log wide" />
    </tr>
  );
}

function SessionView({ s, t, w }: { s: Session; t: Titles; w: Weight }) {
  return (
    <section class="session">
      <h4>{day(s.date)}: {s.title}<Rules ids={s.ruleIds} /></h4>
      {/* Wide tables scroll sideways on small screens; the links inside make the region keyboard-reachable. */}
      <div class="table-scroll">
        <table class="drills">
          <thead>
            <tr>
              <th scope="col">Drill</th><th scope="col">Left</th><th scope="col">Right</th><th scope="col">How</th>
              <th scope="col" class="log">Done</th><th scope="col" class="log">RPE</th>
              <th scope="col" class="log">Soreness</th><th scope="col" class="log wide">Notes</th>
            </tr>
          </thead>
          <tbody>{s.drills.map((d) => <DrillRow d={d} t={t} w={w} />)}</tbody>
        </table>
      </div>
      {s.cues.length > 0 && <p class="cues">Cues: <CueLinks ids={s.cues} t={t} /></p>}
      <Notes notes={s.notes} />
      <details class="readiness no-print">
        <summary>Readiness checks</summary>
        <Notes notes={s.readiness} />
      </details>
    </section>
  );
}

export default function WeekView({ week, t, w }: { week: Week; t: Titles; w: Weight }) {
  const c = week.change;
  const figure = loadFigure(c.text, w.kg, w.unit);
  return (
    <section class="week" aria-labelledby={`week-${week.number}`}>
      <h3 id={`week-${week.number}`}>{week.title} <span class="dates">({day(week.startDate, false)} to {day(week.endDate)})</span></h3>
      <p><strong>What changes: {c.variable ? CHANGE[c.variable] : 'nothing yet'}.</strong> {c.text}{figure && <strong> {figure}</strong>}<Rules ids={c.ruleIds} /></p>
      <p><Note note={week.focus} /></p>
      <Notes notes={week.notes} />
      {week.sessions.map((s) => <SessionView s={s} t={t} w={w} />)}
    </section>
  );
}
