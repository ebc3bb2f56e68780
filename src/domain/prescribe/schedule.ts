// Calendar arithmetic on 'YYYY-MM-DD' strings (UTC, no clock) and the choice of loaded-session
// weekdays: at least 48 h apart (rule 9), away from the day before the long run, hard days and the
// long-run day, least bad when nothing is free, then away from the day before a hard session where
// that costs no other clash (C6).
import type { Baseline } from '../model/baseline.ts';
import type { Clash } from '../model/phrases.ts';
import { WEEKDAYS, type Weekday } from '../model/vocabulary.ts';

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' plus whole days. Formatted by hand: toISOString was most of the living plan's time (npm run bench). */
export function addDays(iso: string, days: number): string {
  const d = new Date(toUtc(iso) + days * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Whole days from a to b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[(new Date(toUtc(iso)).getUTCDay() + 6) % 7]; // getUTCDay: 0 = Sunday
}

/** Minimum days between loaded sessions (rule 9: 48 h). */
export const MIN_GAP_DAYS = 2;

export type DayChoice = {
  /** Offsets (days from the start date, 0-6) of loaded sessions in week 1, ascending. */
  offsets: number[];
  /** For each chosen offset, the clashes it could not avoid (empty = a clean day). */
  clashes: Map<number, Clash[]>;
};

/** C6's softer wish: not the day before a hard session (physiotherapist's read: a session the day before intervals,
 * unsaid). Weighed only between equally clashing choices, so it moves no session onto a worse day; a plan whose
 * sessions still fall there says so once, in week 1 (build-week.ts). */
export const beforeHardDay = (day: number, b: Baseline) => b.hardDays.includes(WEEKDAYS[(day + 1) % 7]);

export function clashesOf(day: number, b: Baseline): Clash[] {
  const name = WEEKDAYS[day];
  const out: Clash[] = [];
  if (b.longRunDay && WEEKDAYS[(day + 1) % 7] === b.longRunDay) out.push('before-long-run');
  if (b.hardDays.includes(name)) out.push('hard-day');
  if (b.longRunDay === name) out.push('long-run-day');
  return out;
}

function subsets(k: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, acc: number[]) => {
    if (acc.length === k) {
      out.push(acc);
      return;
    }
    for (let i = from; i < 7; i++) walk(i + 1, [...acc, i]);
  };
  walk(0, []);
  return out;
}
/** Every set of 1, 2 or 3 of the offsets 0-6, ascending, in lexicographic order (index = size - 1). */
export const SUBSETS = [1, 2, 3].map(subsets);

/** The fewest days between two of `days` (ascending, 0-6), counted round the week. */
export function minCircularGap(days: number[]): number {
  if (days.length === 1) return 7;
  let min = 7 - days[days.length - 1] + days[0];
  for (let i = 1; i < days.length; i++) min = Math.min(min, days[i] - days[i - 1]);
  return min;
}

/** Choose k weekdays (the same every week) for loaded sessions. Always finds one for k <= 3. */
export function chooseDays(b: Baseline): DayChoice {
  const start = WEEKDAYS.indexOf(weekdayOf(b.startDate));
  let best: { days: number[]; cost: number; soft: number; gap: number; offsets: number[] } | null = null;
  for (const days of SUBSETS[b.sessionsPerWeek - 1]) {
    const gap = minCircularGap(days);
    if (gap < MIN_GAP_DAYS) continue;
    const cost = days.reduce((t, d) => t + clashesOf(d, b).length, 0);
    const soft = days.filter((d) => beforeHardDay(d, b)).length;
    const offsets = days.map((d) => (d - start + 7) % 7).sort((x, y) => x - y);
    const better =
      !best ||
      cost < best.cost ||
      (cost === best.cost &&
        (soft < best.soft ||
          (soft === best.soft && (gap > best.gap || (gap === best.gap && earlier(offsets, best.offsets))))));
    if (better) best = { days, cost, soft, gap, offsets };
  }
  const chosen = best as NonNullable<typeof best>;
  const clashes = new Map<number, Clash[]>();
  for (const d of chosen.days) clashes.set((d - start + 7) % 7, clashesOf(d, b));
  return { offsets: chosen.offsets, clashes };
}

function earlier(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
