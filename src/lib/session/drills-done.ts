// "What you really did" in the check-in (issue 14's log), as data: typed boxes per drill and side (reps or foot
// contacts, added kg) into the log's per-drill entries, and a saved entry back into the boxes. Pure.
import { type Session, type SideDose, setsBy } from '../../domain/index.ts';
import type { SessionLogEntry } from '../../domain/model/session-log.ts';
import { countsReps } from './counts-reps.ts';

type Side = 'left' | 'right';
/** One drill of the session that counts reps or contacts, with its planned dose per side in words ("3 × 12") and as
 * all the reps or contacts of all its sets (36). */
export type DoneRow = { drill: string; title: string; planned: Record<Side, string>; total: Record<Side, number> };
/** Typed values by "drill|side|reps" or "drill|side|kg". */
export type DoneValues = Record<string, string>;

const REPS_MAX = 1000; // reps or contacts in a session, per side (the log schema's limit)
const KG_MAX = 500;

/** The typed values as the log's per-drill entries, or the first field that cannot be read, with its message. A
 * session checked in as done in full cannot hold fewer reps than planned (phone review: "Done, all of it" saved with
 * 1 rep of 45, and the plan would have gone on from it). */
export function readDone(
  rows: DoneRow[],
  v: DoneValues,
  status: SessionLogEntry['status'] | '' = '',
): { drills: NonNullable<SessionLogEntry['drills']> } | { field: string; message: string } {
  const drills: NonNullable<SessionLogEntry['drills']> = [];
  for (const r of rows) {
    const entry: NonNullable<SessionLogEntry['drills']>[number] = { drill: r.drill };
    for (const side of ['left', 'right'] as const) {
      const reps = (v[`${r.drill}|${side}|reps`] ?? '').trim();
      const kg = (v[`${r.drill}|${side}|kg`] ?? '').trim().replace(',', '.');
      if (reps && !(/^\d+$/.test(reps) && Number(reps) <= REPS_MAX))
        return { field: `${r.drill}|${side}|reps`, message: `Give the reps as a whole number from 0 to ${REPS_MAX}.` };
      if (kg && !(/^\d+(\.\d+)?$/.test(kg) && Number(kg) <= KG_MAX))
        return { field: `${r.drill}|${side}|kg`, message: `Give the added weight in kg, from 0 to ${KG_MAX}.` };
      if (reps || kg) entry[side] = { reps: reps ? Number(reps) : null, loadKg: kg ? Number(kg) : null };
    }
    if (entry.left || entry.right) drills.push(entry);
  }
  // Only once every box reads: a typo is named first.
  for (const d of status === 'done' ? drills : [])
    for (const side of ['left', 'right'] as const) {
      const total = rows.find((r) => r.drill === d.drill)?.total[side] ?? 0;
      const reps = d[side]?.reps;
      if (reps != null && reps < total)
        return {
          field: `${d.drill}|${side}|reps`,
          message: `That is fewer than planned (${total} in all). If you did not do all of it, choose "Partly" above; otherwise correct the count.`,
        };
    }
  return { drills };
}

/** A saved entry's per-drill values back into the fields. */
export function doneValues(e: SessionLogEntry | null): DoneValues {
  const out: DoneValues = {};
  for (const d of e?.drills ?? [])
    for (const side of ['left', 'right'] as const) {
      const s = d[side];
      if (s?.reps != null) out[`${d.drill}|${side}|reps`] = String(s.reps);
      if (s?.loadKg != null) out[`${d.drill}|${side}|kg`] = String(s.loadKg);
    }
  return out;
}

/** The drills whose reps or contacts a runner may note in the check-in, with the planned dose per side. */
export function doneRows(session: Session, titles: Record<string, string>): DoneRow[] {
  const planned = (d: SideDose) => (d.sets === 0 ? 'none' : setsBy(d.sets, d.reps ?? d.contacts ?? ''));
  return session.drills.filter(countsReps).map((d) => ({
    drill: d.drill,
    title: titles[d.drill] ?? d.drill,
    planned: { left: planned(d.left), right: planned(d.right) },
    total: {
      left: d.left.sets * (d.left.reps ?? d.left.contacts ?? 0),
      right: d.right.sets * (d.right.reps ?? d.right.contacts ?? 0),
    },
  }));
}
