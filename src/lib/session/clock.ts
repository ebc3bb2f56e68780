// A timeline driver with an injected clock, so unit tests and Playwright's fake clock drive it. Each event is
// scheduled from the start time (start + offset), never from the previous timer, so delays in one callback do
// not add up over a minute of beats. Milliseconds throughout.

/** The clock surface the driver needs; in the browser performance.now and setTimeout. */
export type Clock = {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Where a stopped timeline was: the time it had run (ms) and the next event it had not fired. */
export type Position = { elapsed: number; next: number };

export type Timeline = {
  /** Stop firing; returns the position to resume from. */
  stop(): Position;
};

/**
 * Fire `onEvent(i, atMs)` for i = from, from+1, ... at `offsetMs(i)` ms after the start, until offsetMs returns
 * null (the end; `onEnd` then runs) or the timeline is stopped. `at` says where to resume (a paused step).
 */
export function runTimeline(
  clock: Clock,
  offsetMs: (i: number) => number | null,
  onEvent: (i: number, atMs: number) => void,
  onEnd: () => void = () => {},
  at: Position = { elapsed: 0, next: 0 },
): Timeline {
  const start = clock.now() - at.elapsed;
  let next = at.next;
  let handle: unknown = null;
  let stopped = false;
  const schedule = () => {
    const offset = offsetMs(next);
    if (offset === null) {
      onEnd();
      return;
    }
    handle = clock.setTimeout(
      () => {
        if (stopped) return;
        const i = next;
        next += 1;
        onEvent(i, offset);
        if (!stopped) schedule();
      },
      Math.max(0, start + offset - clock.now()),
    );
  };
  schedule();
  return {
    stop() {
      stopped = true;
      if (handle !== null) clock.clearTimeout(handle);
      return { elapsed: clock.now() - start, next };
    },
  };
}
