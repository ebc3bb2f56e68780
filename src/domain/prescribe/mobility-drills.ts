// The warm-up, the cooldown and week 1's short activation (C8, C9; R17 at the heel bone): one set of each, so a
// loaded session fits in about 30 minutes (C30).
import type { Profile } from '../assess/profile.ts';
import type { PrescribedDrill } from '../model/plan-types.ts';
import { dose, rx, sides } from './dose-parts.ts';

/** C9: each calf squeeze is held about 10 s. */
const SQUEEZE_HOLD_SECONDS = 10;

/** Mobility first: soft tissue, then ankle range (knee-to-wall is swapped out with insertional pain, R17). */
// #12 dosing: one set of each warm-up and cooldown drill (C9 numbers, C30): the slow raises that follow warm the calf
// themselves, and the session must fit in about 30 minutes.
export function warmUp(p: Profile): PrescribedDrill[] {
  return [
    rx(
      'soft-tissue-prep',
      'single',
      null,
      sides(() => dose(1, null, 30)),
      ['C9'],
    ),
    ankleMobility(p),
  ];
}

/** The warm-up's ankle drill: knee-to-wall, or with heel-bone pain plantarflexion mobility (R17). The pain check
 * before a session uses it too, on a day the heel bone hurts in a plan not made for it. */
export function ankleMobility(p: Pick<Profile, 'insertional'>): PrescribedDrill {
  return p.insertional
    ? rx(
        'plantarflexion-mobility',
        'single',
        null,
        sides(() => dose(1, 10)),
        ['C9', 'R17'],
        {
          notes: [{ id: 'drill.instead-of-knee-to-wall', ruleIds: ['R17'] }],
        },
      )
    : rx(
        'knee-to-wall',
        'single',
        null,
        sides(() => dose(1, 10)),
        ['C9'],
      );
}

export function cooldown(p: Pick<Profile, 'insertional'>): PrescribedDrill {
  return rx(
    'cooldown-mobility',
    'single',
    null,
    sides(() => dose(1, null, 30)),
    p.insertional ? ['C9', 'R17'] : ['C9'],
    {
      notes: p.insertional ? [{ id: 'drill.cooldown-insertional', ruleIds: ['R17'] }] : [],
    },
  );
}

/** Week 1 activation on days without a loaded session (C8, C9). */
export function activationDrills(p: Profile): PrescribedDrill[] {
  return [
    ...warmUp(p),
    // One set of 5 squeezes per leg, each held about 10 s (C9). In a SideDose `seconds` is time per set, so the hold
    // per squeeze is the drill's repHoldSeconds (the player times it) and a note (the plan's words).
    rx(
      'calf-squeeze',
      'single',
      null,
      sides(() => dose(1, 5)),
      ['C8', 'C9'],
      {
        repHoldSeconds: SQUEEZE_HOLD_SECONDS,
        notes: [{ id: 'drill.squeeze-hold', seconds: SQUEEZE_HOLD_SECONDS, ruleIds: ['C9'] }],
      },
    ),
    rx(
      'intrinsic-foot',
      'single',
      null,
      sides(() => dose(2, 10)),
      ['C8', 'C9'],
    ),
  ];
}
