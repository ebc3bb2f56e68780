// A week's charted volume per leg (C5), read from the sessions as they will really be done: a session that pain today
// (C35) or the log (C39, C43) cut by a set counts the sets that remain, not the planned ones (physio review, #14).
import { DRILL_CATALOG } from '../model/drill-catalog.ts';
import type { Session, Week } from '../model/plan-types.ts';
import { drillsIndex } from './dosing.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Load index (C5) and hop contacts per leg over a week's calf sessions; short activations do not count. */
export function weekVolume(sessions: readonly Session[]): Week['volume'] {
  const calf = sessions.filter((s) => s.kind !== 'activation');
  const index = (side: 'left' | 'right') => round1(calf.reduce((t, s) => t + drillsIndex(s.drills, side), 0));
  const contacts = (side: 'left' | 'right') =>
    calf.reduce(
      (t, s) =>
        t +
        s.drills.reduce(
          (n, d) => n + (DRILL_CATALOG[d.drill].kind === 'plyometric' ? d[side].sets * (d[side].contacts ?? 0) : 0),
          0,
        ),
      0,
    );
  return {
    loadIndex: { left: index('left'), right: index('right') },
    contacts: { left: contacts('left'), right: contacts('right') },
  };
}
