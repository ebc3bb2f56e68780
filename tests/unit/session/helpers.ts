// Shared pieces for the session tests: a plan from worked example 1, and a fake clock the tests move by hand.
import { readFileSync } from 'node:fs';
import { createPlan, type Plan } from '../../../src/domain/index.ts';
import type { SessionLogEntry } from '../../../src/domain/model/session-log.ts';
import type { Clock } from '../../../src/lib/session/clock.ts';

/** Worked example 1's Baseline. */
export const examplePlanBaseline = () =>
  JSON.parse(readFileSync('tests/fixtures/baselines/example-1-average-runner.json', 'utf8'));

export function examplePlan(): Plan {
  const r = createPlan(examplePlanBaseline());
  if (!r.ok || r.result.kind !== 'plan') throw new Error('worked example 1 should give a plan');
  return r.result;
}

/** A session checked in as done, effort 5, no pain: the log's key is its date, week and place in the week from 1. */
export const checkIn = (date: string, week: number, session: number): SessionLogEntry => ({
  date,
  week,
  session,
  status: 'done',
  effort: 5,
  painDuring: 0,
});

/** The dates of sessions picked from a plan, in order. */
export const dates = (xs: { session: { date: string } }[]) => xs.map((x) => x.session.date);

type Timer = { at: number; fn: () => void; id: number };

/** A clock whose time only moves in advance(ms); timers fire in time order, each at its own moment. */
export function fakeClock(): Clock & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let seq = 0;
  let timers: Timer[] = [];
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const t = { at: now + Math.max(0, ms), fn, id: seq++ };
      timers.push(t);
      return t;
    },
    clearTimeout(h) {
      timers = timers.filter((t) => t !== h);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
      }
      now = end;
    },
    pending: () => timers.length,
  };
}
