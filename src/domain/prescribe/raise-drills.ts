// Raises and drops: body-weight raises dosed from the test's counts (C2, C3), the heavy-slow ladder for strong runners
// (C34), Rathleff's heel raise for plantar heel pain (C38) and the loaded seated raise (C31, C41).
import type { Profile } from '../assess/profile.ts';
import type { DrillId } from '../model/drill-catalog.ts';
import type { Load, PrescribedDrill } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';
import {
  dose,
  firstSide,
  HEEL_RAISE,
  LOAD_STEP_PERCENT,
  maintenanceIds,
  onRung,
  perSide,
  rx,
  STRONG_RUNGS,
  sides,
} from './dose-parts.ts';
import { REPS, type State, TEMPO } from './dose-state.ts';

/** C2, rule 11's first rung: the seated raise's weight starts as a 15-repetition maximum. */
export const SEATED_RM = 15;
const standingLoad = (steps: number): Load => ({ kind: 'body-weight', percent: { ...LOAD_STEP_PERCENT }, steps });

/** Where a strong runner's standing raise or drop (C34's ladder) carries its repetition-maximum weight: a standing calf
 * machine when the runner has one. */
const standingOn = (p: Profile) => (p.has.machine ? ('machine' as const) : ('body' as const));

function heelRaise(p: Profile, s: State): PrescribedDrill {
  const k = p.straight;
  const rm = s.rung ?? HEEL_RAISE.first;
  return rx(
    'high-load-heel-raise',
    'single',
    firstSide(p, k),
    onRung(k, 'heel-raise', rm, s.cap),
    ['C38', 'R10', 'R11', ...maintenanceIds(k)],
    {
      tempo: { ...HEEL_RAISE.tempo },
      restSeconds: REPS.restSeconds,
      // Rathleff's heel raise (C38) is done at home on its short days too, with a towel under the toes: a backpack.
      load: {
        kind: 'repetition-maximum',
        reps: rm,
        percent: { ...LOAD_STEP_PERCENT },
        steps: 0,
        on: 'body',
        ...(p.has.weights ? {} : { kitless: true as const }),
      },
      // Physiotherapist's read: with heel-bone pain, "towel under your toes" sat beside the seated raise's "nothing under
      // the balls of the feet" (rule 17): the towel lifts the toes alone, never the forefoot.
      notes: [
        p.insertional
          ? { id: 'drill.heel-raise-how', heelBone: true, ruleIds: ['C38', 'R17'] }
          : { id: 'drill.heel-raise-how', ruleIds: ['C38'] },
      ],
    },
  );
}

export function raise(p: Profile, s: State, slot: 'straight' | 'bent'): { d: PrescribedDrill; loaded: boolean } {
  const k = p[slot];
  if (slot === 'straight' && p.plantar) return { d: heelRaise(p, s), loaded: false };
  const tempo = TEMPO[s.tempo];
  const ids: RuleId[] = ['R10', 'C2', slot === 'bent' ? 'R6' : 'R11'];
  if (slot === 'bent' && !p.bentTested) ids.push('C4');
  if (k.stance === 'double') {
    const id: DrillId = slot === 'straight' ? 'double-leg-heel-raise' : 'bent-knee-heel-raise';
    const r = Math.min(s.reps[slot].left, s.cap?.left ?? Infinity, s.cap?.right ?? Infinity);
    return {
      d: rx(
        id,
        'double',
        null,
        sides(() => dose(REPS.sets, r)),
        s.lowerOnOne ? [...ids, 'C3', 'C47'] : [...ids, 'C3'],
        {
          tempo,
          restSeconds: REPS.restSeconds,
          // Over 65 a hand on a support rather than fingertips (as C25 asks for hops).
          notes: s.lowerOnOne
            ? [{ id: 'drill.lower-on-one', support: p.older, ruleIds: p.older ? ['C47', 'C25'] : ['C47'] }]
            : [],
        },
      ),
      loaded: false,
    };
  }
  const step = s.range === 'step';
  const id: DrillId = step
    ? slot === 'straight'
      ? 'eccentric-drop-straight'
      : 'eccentric-drop-bent'
    : slot === 'straight'
      ? 'single-leg-heel-raise'
      : 'bent-knee-heel-raise';
  // C34: a strong runner's straight-knee raise is dosed by the rung of rule 11's ladder, with a weight, not by reps,
  // at the ladder's own 3 s up, 3 s down (rule 10, Beyer 2015): the 2 s pause is for body-weight raises only.
  const rung = slot === 'straight' && p.strong ? (s.rung ?? STRONG_RUNGS[0]) : null;
  // Third physio read: a drop's RM weight is the one the single-leg raise could lift (lowering is stronger).
  const machine = rung !== null && standingOn(p) === 'machine';
  const notes: PrescribedDrill['notes'] = step ? [{ id: 'drill.drop-how', rm: rung, machine, ruleIds: ['R11'] }] : [];
  if (rung !== null) {
    return {
      d: rx(
        id,
        'single',
        firstSide(p, k),
        onRung(k, 'heavy-slow', rung, s.cap),
        ['R10', 'R11', 'C34', ...maintenanceIds(k)],
        {
          tempo: TEMPO.slow,
          restSeconds: REPS.restSeconds,
          load: {
            kind: 'repetition-maximum',
            reps: rung,
            percent: { ...LOAD_STEP_PERCENT },
            steps: 0,
            on: standingOn(p),
          },
          notes,
        },
      ),
      loaded: false,
    };
  }
  const loaded = s.loadSteps > 0 && p.has.weights;
  return {
    d: rx(id, 'single', firstSide(p, k), perSide(k, REPS.sets, s.reps[slot], s.cap), [...ids, ...maintenanceIds(k)], {
      tempo,
      restSeconds: REPS.restSeconds,
      load: loaded ? standingLoad(s.loadSteps) : null,
      notes,
    }),
    loaded,
  };
}

/** The loaded seated raise: heavy-slow work on its rung of rule 11's ladder (C31, C41), always at 3 s up, 3 s down
 * (rule 10: Beyer's heavy-slow tempo has no pause; the 2 s hold is for body-weight raises). */
export function seated(p: Profile, s: State): PrescribedDrill {
  const k = p.bent;
  const rm = s.seated.rung;
  const load: Load = {
    kind: 'repetition-maximum',
    reps: rm,
    percent: { ...LOAD_STEP_PERCENT },
    steps: s.seated.steps,
    on: 'knees',
    ...(p.has.machine === p.has.weights ? {} : { only: p.has.machine ? ('machine' as const) : ('weight' as const) }),
  };
  return rx(
    'seated-soleus-raise',
    'single',
    firstSide(p, k),
    onRung(k, 'heavy-slow', rm, s.cap),
    ['R6', 'R10', 'R11', 'C2', 'C31', ...(rm === SEATED_RM ? [] : ['C41' as const]), ...maintenanceIds(k)],
    {
      tempo: TEMPO.slow,
      restSeconds: REPS.restSeconds,
      load,
      // R17: the drill page offers a book under the forefoot for more range, which lowers the heel below the toes
      // (physiotherapist's read).
      notes: p.insertional ? [{ id: 'drill.seated-feet-flat', ruleIds: ['R17'] }] : [],
    },
  );
}
