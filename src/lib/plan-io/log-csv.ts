// The training log as CSV for a coach or physio (issue 14): one row per drill per side per logged session, with the
// planned dose beside what was done, and the session's effort, pain and morning after. Sessions are matched to the
// plan by date; a check-in for a date the plan no longer has still gets one row, so nothing logged is left out.
// RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
import { type Plan, type Session, sideDoseText } from '../../domain/index.ts';
import type { SessionLog, SessionLogEntry } from '../../domain/model/session-log.ts';

export const CSV_HEADER = [
  'date',
  'week',
  'session',
  'status',
  'drill',
  'side',
  'planned',
  'reps done',
  'added load kg',
  'effort 0-10',
  'pain during 0-10',
  'next-morning pain 0-10',
  'next-morning stiffness',
] as const;

const field = (v: string | number | null | undefined) => {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

function rowsFor(
  e: SessionLogEntry,
  s: Session | undefined,
  titles: Record<string, string>,
): (string | number | null)[][] {
  const tail = [e.effort, e.painDuring, e.nextMorning?.pain ?? null, e.nextMorning?.stiffness ?? null];
  const head = [e.date, e.week, e.session, e.status];
  if (!s) return [[...head, '', '', '', null, null, ...tail]];
  return s.drills.flatMap((d) =>
    (['left', 'right'] as const)
      .filter((side) => d[side].sets > 0 && (side === 'left' || d.stance === 'single'))
      .map((side) => {
        const done = e.drills?.find((x) => x.drill === d.drill)?.[side];
        const who = d.stance === 'single' ? side : d.stance === 'double' ? 'both' : '';
        return [
          ...head,
          titles[d.drill] ?? d.drill,
          who,
          sideDoseText(d[side], 'x'),
          done?.reps ?? null,
          done?.loadKg ?? null,
          ...tail,
        ];
      }),
  );
}

export function logCsv(plan: Plan, log: SessionLog, titles: Record<string, string>): string {
  const byDate = new Map(plan.weeks.flatMap((w) => w.sessions.map((s) => [s.date, s] as const)));
  const rows = log.entries.flatMap((e) => rowsFor(e, byDate.get(e.date), titles));
  return `${[CSV_HEADER as readonly unknown[], ...rows].map((r) => r.map((v) => field(v as string)).join(',')).join('\r\n')}\r\n`;
}
