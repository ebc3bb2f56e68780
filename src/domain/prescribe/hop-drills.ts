// Hops: double-leg hops first, then single-leg hops replacing one double-leg set per leg (rule 13, rule 14, C10).
import type { Profile } from '../assess/profile.ts';
import type { PrescribedDrill } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import { dose, firstSide, rx, sides } from './dose-parts.ts';
import type { State } from './dose-state.ts';

/** C10: hop sets of 10 contacts; a first hop session is 3 sets on both legs = 30 landings (rule 14's 25-50). When
 * single-leg hops join, one set per leg replaces a double-leg set, so contacts per leg stay at 30. */
const HOP_SET_CONTACTS = 10;
export const FIRST_HOP_LANDINGS = 3 * HOP_SET_CONTACTS;
export const SINGLE_LEG_CONTACTS = HOP_SET_CONTACTS;

export function hops(p: Profile, s: State): PrescribedDrill[] {
  const first = firstSide(p, p.straight);
  const base = { restSeconds: 60 };
  // C30, C41: in a later block a heavier rung's extra set may take one double-leg hop set's place (10 contacts).
  const cut = s.hopCut ? 1 : 0;
  const ids: RuleId[] = s.hopCut ? ['R13', 'R14', 'C10', 'C30'] : ['R13', 'R14', 'C10'];
  if (s.plyo === 'double') {
    return [
      rx(
        'double-leg-hops',
        'double',
        null,
        sides(() => dose(3 - cut, null, null, HOP_SET_CONTACTS)),
        ids,
        {
          ...base,
          notes: cut ? [] : [{ id: 'drill.first-hops', landings: FIRST_HOP_LANDINGS, ruleIds: ['R14', 'C10'] }],
        },
      ),
    ];
  }
  return [
    rx(
      'double-leg-hops',
      'double',
      null,
      sides(() => dose(2 - cut, null, null, HOP_SET_CONTACTS)),
      ids,
      base,
    ),
    rx(
      'single-leg-hops',
      'single',
      first,
      sides(() => dose(1, null, null, SINGLE_LEG_CONTACTS)),
      ['R13', 'R5', 'R14', 'C10'],
      {
        ...base,
        notes: [
          {
            id: 'drill.single-leg-landings',
            // Per leg: double-leg sets count on both legs, single-leg sets on one; landings: every foot contact.
            contactsPerLeg: FIRST_HOP_LANDINGS - cut * HOP_SET_CONTACTS,
            landings: FIRST_HOP_LANDINGS + HOP_SET_CONTACTS - cut * HOP_SET_CONTACTS,
            cut: cut > 0,
            ruleIds: ['R11', 'R14', 'C10'],
          },
        ],
      },
    ),
  ];
}
