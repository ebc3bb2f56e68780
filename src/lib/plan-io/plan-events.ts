// Calendar events for a Plan (words from src/domain/explain/): one event per session, lasting its estimated length, with the dose for each leg, the
// session's readiness checks and a link back to the plan, the days strides follow an easy run, and the retest day. Pure, so the page and the unit tests
// share one wording. UIDs name the day (one session a day at most), so importing a changed plan again updates that
// day's event instead of adding a second one.

import { waitNote } from '../../domain/adjust/lighter.ts';
import {
  drillDose,
  drillHow,
  drillLoadText,
  minutesText,
  type Plan,
  RETEST_TEXT,
  say,
  sessionTitle,
  testProtocol,
  weekTitle,
} from '../../domain/index.ts';
import type { CalendarEvent } from './ics.ts';

/** One event per session, on its date, then the retest. `titles` maps drill ids to page titles; `url` is the plan's share link. */
export function planEvents(plan: Plan, titles: Record<string, string>, url: string): CalendarEvent[] {
  const sessions = plan.weeks.flatMap((w) =>
    w.sessions.map((s) => {
      const lines = s.drills.map((d) => {
        const how = drillHow(d);
        const load = drillLoadText(d);
        return `- ${titles[d.drill] ?? d.drill}: ${drillDose(d)}${how ? ` (${how})` : ''}${load ? `. ${load}` : ''}`;
      });
      const checks = s.readiness.map((r) => `- ${say(r)}`);
      // C49's third bad session: a calendar shows the hold in the event's title, not only inside it.
      const hold = waitNote(s);
      return {
        uid: `session-${s.date}`,
        date: s.date,
        summary: `Pushoff week ${w.number}: ${sessionTitle(s)}${hold ? ' (on hold until checked)' : ''}`,
        minutes: s.minutes,
        description: [
          `${weekTitle(w)}. ${sessionTitle(s)}, ${minutesText(s.minutes)}.`,
          // A week that follows the training log says why, in the calendar too (issue 14).
          ...(w.adjustment ? [`This week follows your log. ${say(w.adjustment)}`] : []),
          // ...and a session that steps back within its week (rule 8 the morning after).
          ...s.notes.filter((n) => n.id === 'session.step-back' || n === hold).map((n) => say(n)),
          ...lines,
          '',
          'Checks before, during and after the session:',
          ...checks,
          '',
          `Your plan: ${url}`,
        ].join('\n'),
        url,
      };
    }),
  );
  // C16, C30: strides that follow an easy run are in no session, so each chosen day gets its own all-day event, with
  // the week's strides note (dose, walk between, when to skip). UIDs name the day, as the sessions' do.
  const strides = plan.weeks.flatMap((w) =>
    w.notes.flatMap((n) =>
      n.id === 'week.strides-run'
        ? n.dates.map(
            (date): CalendarEvent => ({
              uid: `strides-${date}`,
              date,
              summary: 'Pushoff: strides after your easy run',
              description: [say(n), '', `Your plan: ${url}`].join('\n'),
              url,
            }),
          )
        : [],
    ),
  );
  const r = plan.summary.retest;
  const retest: CalendarEvent = {
    uid: `retest-${r.date}`,
    date: r.date,
    summary: 'Pushoff: retest your heel raises',
    description: [
      RETEST_TEXT,
      ...testProtocol(plan.summary).map((step, i) => `${i + 1}. ${step}`),
      '',
      `Your plan: ${url}`,
    ].join('\n'),
    url,
  };
  return [...sessions, ...strides, retest];
}
