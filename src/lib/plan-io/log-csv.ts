// The training log as CSV for a coach or physio (issue 14): one row per drill per side per logged session, with the
// planned dose beside what was done, and the session's effort, pain, morning after and the pain check before it.
// Sessions are matched by date to the plan of the block they were in (earlier blocks too, planned again as they
// happened); a check-in for a date no block has still gets one row, so nothing logged is left out.
// RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
import { earlierPlans, type History, type Plan, type Session, sessionTitle, sideDoseText } from '../../domain/index.ts';
import type { SessionLogEntry } from '../../domain/model/session-log.ts';
import { PAIN_LOCATION_LABELS } from '../../domain/model/vocabulary.ts';

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
  // Last, so the columns before it keep their places: "session" counts every session of the week, week 1's short
  // activation days too, so a coach needs the type to tell the calf sessions apart (physiotherapist's read).
  'session type',
  // The pain check before the session (rule 7, C35), when one was taken: after the type for the same reason. Empty for
  // check-ins saved without one (before it was kept, or a session started with no check).
  'pain check 0-10',
  'pain check where',
  'pain check worse day on day',
  // Last again: whether pain during of 4-5 was in the calf muscle, asked when the plan keeps it to 3/10 (C52).
  'pain during in calf muscle',
  // Last again: a session C49 holds (on hold after its stop, or at its lower dose before any), done once a clinician
  // had cleared the runner (yes), or not (no).
  'cleared by a clinician',
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
  const tail = [
    e.effort,
    e.painDuring,
    e.nextMorning?.pain ?? null,
    e.nextMorning?.stiffness ?? null,
    s ? sessionTitle(s) : null,
    e.painCheck?.painNow ?? null,
    e.painCheck ? e.painCheck.painLocations.map((x) => PAIN_LOCATION_LABELS[x].toLowerCase()).join('; ') : null,
    e.painCheck ? (e.painCheck.worsening ? 'yes' : 'no') : null,
    e.painDuringCalf == null ? null : e.painDuringCalf ? 'yes' : 'no',
    e.cleared == null ? null : e.cleared ? 'yes' : 'no',
  ];
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
          sideDoseText(d[side], ' x '),
          done?.reps ?? null,
          done?.loadKg ?? null,
          ...tail,
        ];
      }),
  );
}

/** `plan`: the current block; the earlier ones come from `history` (a later block's session wins a date two blocks
 * share: a retest taken early). */
export function logCsv(plan: Plan, history: History, titles: Record<string, string>): string {
  const plans = [...earlierPlans(history).filter((p) => p !== null), plan];
  const byDate = new Map(plans.flatMap((p) => p.weeks.flatMap((w) => w.sessions.map((s) => [s.date, s] as const))));
  const rows = history.log.entries.flatMap((e) => rowsFor(e, byDate.get(e.date), titles));
  return `${[CSV_HEADER as readonly unknown[], ...rows].map((r) => r.map((v) => field(v as string)).join(',')).join('\r\n')}\r\n`;
}
