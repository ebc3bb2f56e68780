// The log as CSV (issue 14): one row per drill per side per logged session, with dates, parseable by any
// spreadsheet (RFC 4180 quoting).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRILL_TITLES } from '../../../src/domain/explain/drill-titles.ts';
import { addDays, createPlan } from '../../../src/domain/index.ts';
import { CSV_HEADER, logCsv } from '../../../src/lib/plan-io/log-csv.ts';
import { fixture, plan } from '../domain/helpers.ts';

const p = plan(fixture('example-3-big-asymmetry'));
const first = p.weeks[0].sessions[0];

/** A small RFC 4180 reader, enough to prove the file parses back into the same fields. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

test('one row per drill per side per session, planned beside done, with the session answers', () => {
  const log = {
    version: 1 as const,
    entries: [
      {
        date: first.date,
        week: 1,
        session: 1,
        status: 'done' as const,
        effort: 6,
        painDuring: 4,
        painDuringCalf: true,
        cleared: true,
        drills: [{ drill: 'single-leg-heel-raise', left: { reps: 36, loadKg: 0 }, right: { reps: 30 } }],
        nextMorning: { pain: 1, stiffness: 'more' as const },
        painCheck: { painNow: 3, painLocations: ['achilles-midportion' as const, 'calf' as const], worsening: false },
      },
      { date: '2025-02-01', week: 1, session: 9, status: 'skipped' as const, effort: null, painDuring: null },
    ],
  };
  const rows = parse(logCsv(p, { log, today: '2025-01-01' }, DRILL_TITLES));
  assert.deepEqual(rows[0], [...CSV_HEADER]);
  const sides = first.drills.reduce((n, d) => n + (d.stance === 'single' ? 2 : 1), 0);
  assert.equal(rows.length, 1 + sides + 1, 'header, each drill side of the session, and the unmatched check-in');
  const left = rows.find((r) => r[4] === 'Single-leg heel raise' && r[5] === 'left');
  assert.deepEqual(left, [
    first.date,
    '1',
    '1',
    'done',
    'Single-leg heel raise',
    'left',
    '3 x 12',
    '36',
    '0',
    '6',
    '4',
    '1',
    'more',
    'Loaded calf session',
    // The pain check before the session, for the physio (a referral it gave is kept with it: session-log.ts).
    '3',
    'achilles tendon, a few centimetres above the heel; calf muscle',
    'no',
    // Pain during of 4 was in the calf muscle (C52's question).
    'yes',
    // Done after a clinician cleared the runner (C49's stop).
    'yes',
  ]);
  const right = rows.find((r) => r[4] === 'Single-leg heel raise' && r[5] === 'right');
  assert.equal(right?.[6], '4 x 9');
  assert.equal(right?.[7], '30');
  // A check-in for a date the plan does not have is kept, as one row.
  assert.deepEqual(rows.at(-1), ['2025-02-01', '1', '9', 'skipped', ...Array(CSV_HEADER.length - 4).fill('')]);
  // Titles with commas are quoted and read back whole.
  assert.ok(
    parse(
      logCsv(p, { log, today: '2025-01-01' }, { ...DRILL_TITLES, 'single-leg-heel-raise': 'Raise, "single"' }),
    ).some((r) => r[4] === 'Raise, "single"'),
  );
});

test("a session logged in an earlier block shows that block's planned dose, not a blank (issue 14: every block)", () => {
  const b1 = fixture('example-3-big-asymmetry');
  const b2 = { ...b1, startDate: addDays(b1.startDate, 28), straightKnee: { left: 28, right: 22 } };
  const inBlock1 = p.weeks[1].sessions[0];
  const log = {
    version: 1 as const,
    entries: [{ date: inBlock1.date, week: 2, session: 1, status: 'done' as const, effort: 5, painDuring: 1 }],
  };
  const history = { log, today: addDays(b2.startDate, 1), earlier: [b1] };
  const now = createPlan(b2, history);
  assert.ok(now.ok && now.result.kind === 'plan');
  const rows = parse(logCsv(now.result, history, DRILL_TITLES)).slice(1);
  // One row per drill side of that week-2 session, each with its planned dose (the current block alone has none).
  const sides = inBlock1.drills.reduce((n, d) => n + (d.stance === 'single' ? 2 : 1), 0);
  assert.equal(rows.length, sides);
  assert.ok(rows.every((r) => r[0] === inBlock1.date && r[4] !== '' && /\d/.test(r[6])));
  const alone = parse(logCsv(now.result, { log, today: history.today }, DRILL_TITLES)).slice(1);
  assert.equal(alone[0][4], '', 'without the earlier block the session has no planned dose');
});
