// Doses in words and calendar events for a Plan: one all-day event per session, with the dose for each leg, the
// session's readiness checks and a link back to the plan, plus the retest day. Pure, so the page and the unit tests
// share one wording. UIDs name the day (one session a day at most), so importing a changed plan again updates that
// day's event instead of adding a second one.
import { type Plan, type PrescribedDrill, type SideDose, sideDoseText } from '../../domain/index.ts';
import type { CalendarEvent } from './ics.ts';

/** One side's dose: "3 × 12", "5 × 45 s", "3 × 10 contacts"; '' when this side does not do the drill. */
export const doseText = (x: SideDose): string => sideDoseText(x);

/** Whole-drill dose in one line: "left 3 × 13, right 3 × 12, right side first" or "3 × 15, both legs together". */
export function drillDose(d: PrescribedDrill): string {
  const l = doseText(d.left);
  const r = doseText(d.right);
  if (d.stance === 'double') return `${l}, both legs together`;
  if (d.stance === 'none') return l;
  const first = d.firstSide ? `, ${d.firstSide} side first` : '';
  if (l === r) return `${l} each side${first}`;
  return `${[l && `left ${l}`, r && `right ${r}`].filter(Boolean).join(', ')}${first}`;
}

/** Tempo, rest and effort in words, e.g. "3 s up, 2 s hold, 3 s down; rest 120 s". */
export function drillHow(d: PrescribedDrill): string {
  const t = d.tempo;
  return [
    t && `${t.up} s up, ${t.pause ? `${t.pause} s hold, ` : ''}${t.down} s down`,
    d.restSeconds && `rest ${d.restSeconds} s`,
    d.effort,
  ]
    .filter(Boolean)
    .join('; ');
}

/** One event per session, on its date, then the retest. `titles` maps drill ids to page titles; `url` is the plan's share link. */
export function planEvents(plan: Plan, titles: Record<string, string>, url: string): CalendarEvent[] {
  const sessions = plan.weeks.flatMap((w) =>
    w.sessions.map((s) => {
      const lines = s.drills.map((d) => {
        const how = drillHow(d);
        return `- ${titles[d.drill] ?? d.drill}: ${drillDose(d)}${how ? ` (${how})` : ''}${d.load ? `. Load: ${d.load}` : ''}`;
      });
      const checks = s.readiness.map((r) => `- ${r.text}`);
      return {
        uid: `session-${s.date}`,
        date: s.date,
        summary: `Pushoff week ${w.number}: ${s.title}`,
        description: [
          `${w.title}. ${s.title}.`,
          ...lines,
          '',
          'Readiness checks:',
          ...checks,
          '',
          `Your plan: ${url}`,
        ].join('\n'),
        url,
      };
    }),
  );
  const r = plan.summary.retest;
  const retest: CalendarEvent = {
    uid: `retest-${r.date}`,
    date: r.date,
    summary: 'Pushoff: retest your heel raises',
    description: [r.text, ...r.protocol.map((step, i) => `${i + 1}. ${step}`), '', `Your plan: ${url}`].join('\n'),
    url,
  };
  return [...sessions, retest];
}
