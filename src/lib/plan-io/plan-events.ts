// Doses in words and calendar events for a Plan: one all-day event per session, the dose for each leg in the
// description and a link back to the plan. Pure, so the page and the unit tests share one wording.
import { sideDoseText, type Plan, type PrescribedDrill, type SideDose } from '../../domain/index.ts';
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
  ].filter(Boolean).join('; ');
}

/** One event per session, on its date. `titles` maps drill ids to page titles; `url` is the plan's share link. */
export function planEvents(plan: Plan, titles: Record<string, string>, url: string): CalendarEvent[] {
  return plan.weeks.flatMap((w) => w.sessions.map((s, i) => {
    const lines = s.drills.map((d) => {
      const how = drillHow(d);
      return `- ${titles[d.drill] ?? d.drill}: ${drillDose(d)}${how ? ` (${how})` : ''}${d.load ? `. Load: ${d.load}` : ''}`;
    });
    return {
      uid: `${s.date}-w${w.number}-${i + 1}`,
      date: s.date,
      summary: `Pushoff week ${w.number}: ${s.title}`,
      description: [`${w.title}. ${s.title}.`, ...lines, '', `Your plan: ${url}`].join('\n'),
      url,
    };
  }));
}
