// Where a runner is inside a tempo set or a timed step at a moment, and when the calls fall. Pure; seconds.
import type { Tempo } from '../../domain/index.ts';
import { repSeconds } from './session-steps.ts';

export type Phase = 'up' | 'hold' | 'down';
/** One call of the tempo metronome: at `at` seconds from the start of the set, rep `rep` (from 1) enters `phase`. */
export type Call = { at: number; rep: number; phase: Phase };

/** The calls of a tempo set in order: up, hold (only when the tempo has a pause), down; rep after rep. */
export function tempoCalls(tempo: Tempo, reps: number): Call[] {
  const cycle = repSeconds(tempo);
  const calls: Call[] = [];
  for (let r = 0; r < reps; r += 1) {
    const t0 = r * cycle;
    calls.push({ at: t0, rep: r + 1, phase: 'up' });
    if (tempo.pause > 0) calls.push({ at: t0 + tempo.up, rep: r + 1, phase: 'hold' });
    if (tempo.down > 0) calls.push({ at: t0 + tempo.up + tempo.pause, rep: r + 1, phase: 'down' });
  }
  return calls;
}

/** The call in force at `t` seconds into the set (the last one at or before t), or null before the first. */
export function callAt(calls: readonly Call[], t: number): Call | null {
  let found: Call | null = null;
  for (const c of calls) {
    if (c.at <= t) found = c;
    else break;
  }
  return found;
}

/**
 * The moments (seconds from the start) a paced step needs the player's attention: every whole second up to and
 * including `duration` (the visible countdown and the beat), plus any call between whole seconds.
 */
export function timelineSeconds(duration: number, calls: readonly Call[] = []): number[] {
  const times = new Set<number>();
  for (let s = 0; s <= Math.floor(duration); s += 1) times.add(s);
  for (const c of calls) times.add(c.at);
  times.add(duration);
  return [...times].sort((a, b) => a - b);
}

/** Whole seconds left of a step at `t` seconds in, rounded up ("3" until the third-to-last second ends). */
export const secondsLeft = (duration: number, t: number) => Math.max(0, Math.ceil(duration - t - 1e-9));
