// Red-flag screening (rule 18) and the "no loading today" check (rule 7). Either one returns a Referral
// and the engine stops: no drills, no doses. Urgency follows rules.md where it grades a sign; the calf-tear,
// bone-stress and heel signs are graded 'soon' by convention (C1).
import type { Baseline, Side } from '../model/baseline.ts';
import type { Note, Referral, ReferralReason, Urgency } from '../model/plan-types.ts';
import type { RuleId } from '../model/rules.ts';

export type RedFlagGroup = 'achilles-rupture' | 'calf-tear' | 'blood-clot' | 'bone-stress' | 'heel' | 'pain';

/** One yes/no screening question. urgency 'no-loading-today' means: no plan today, no referral needed. */
export type RedFlagQuestion = {
  id: string;
  group: RedFlagGroup;
  question: string;
  urgency: Urgency | 'no-loading-today';
  ruleIds: readonly RuleId[];
};

const q = <I extends string, G extends RedFlagGroup, U extends RedFlagQuestion['urgency']>(
  id: I,
  group: G,
  urgency: U,
  question: string,
  ruleIds: readonly RuleId[],
) => ({ id, group, urgency, question, ruleIds });

export const RED_FLAG_QUESTIONS = [
  q(
    'achillesPopOrKick',
    'achilles-rupture',
    'same-day',
    'Did you feel a sudden pop at the back of the ankle, or as if someone kicked you in the heel?',
    ['R18'],
  ),
  q(
    'cannotSingleLegRaise',
    'achilles-rupture',
    'same-day',
    'Is there a side on which you cannot rise onto your toes on one leg at all?',
    ['R18'],
  ),
  q('achillesGap', 'achilles-rupture', 'same-day', 'Can you feel a gap or dip in the Achilles tendon?', ['R18']),
  q('calfPopSharpPain', 'calf-tear', 'soon', 'Did you have sudden, sharp pain in the calf with a pop?', ['R18', 'C1']),
  q('calfBruisingToAnkle', 'calf-tear', 'soon', 'Is there bruising from the calf spreading down towards the ankle?', [
    'R18',
    'C1',
  ]),
  q('calfLimp', 'calf-tear', 'soon', 'Are you limping because of your calf?', ['R18', 'C1']),
  q(
    'calfSwollenWarmRed',
    'blood-clot',
    'emergency',
    'Is one calf swollen, warm and red, especially after travel, surgery or time immobilised?',
    ['R18'],
  ),
  q('breathlessOrChestPain', 'blood-clot', 'emergency', 'Are you short of breath, or do you have chest pain?', ['R18']),
  q(
    'boneSpotTenderness',
    'bone-stress',
    'soon',
    'Is one small spot on a bone (about 2-3 cm across) tender when you press it?',
    ['R18', 'C1'],
  ),
  q('boneHopPain', 'bone-stress', 'soon', 'When you hop on one leg, do you feel pain at one point on a bone?', [
    'R18',
    'C1',
  ]),
  q('boneNightOrRestPain', 'bone-stress', 'soon', 'Does a shin or foot bone ache at night or when you rest?', [
    'R18',
    'C1',
  ]),
  q('heelNightOrRestPain', 'heel', 'soon', 'Does your heel hurt at night or when you rest?', ['R18', 'C1']),
  q('heelSqueezePain', 'heel', 'soon', 'Does your heel hurt when you squeeze it from both sides?', ['R18', 'C1']),
  q('heelNumbness', 'heel', 'soon', 'Do you have numbness or tingling in the heel or sole?', ['R18', 'C1']),
  q('painWorsening', 'pain', 'no-loading-today', 'Has your calf, Achilles, heel or shin pain got worse day on day?', [
    'R7',
    'R18',
  ]),
] as const satisfies readonly RedFlagQuestion[];

export type RedFlagId = (typeof RED_FLAG_QUESTIONS)[number]['id'];
export const RED_FLAG_IDS = RED_FLAG_QUESTIONS.map((x) => x.id) as RedFlagId[];

const GROUP_TEXT: Record<Exclude<RedFlagGroup, 'pain'>, string> = {
  'achilles-rupture': 'These signs may point to an Achilles tendon rupture.',
  'calf-tear': 'These signs may point to a calf muscle tear.',
  'blood-clot': 'These signs may point to a blood clot, which needs checking straight away.',
  'bone-stress': 'These signs may point to a bone stress injury.',
  heel: 'These signs may point to a heel problem that is not simple overload, such as a nerve or bone issue.',
};

const RANK: Record<Urgency, number> = { soon: 1, 'same-day': 2, emergency: 3 };

const WHAT_TO_DO: Record<Urgency, string> = {
  emergency:
    'Get emergency care now: call your local emergency number or go to an emergency department. Do not exercise.',
  'same-day':
    'Get assessed today by a doctor or physiotherapist (urgent care or an emergency department if nothing else is open). Do not test or train the leg until then.',
  soon: 'Book an appointment with a doctor or physiotherapist in the next few days, and leave calf training until they have checked it. If it gets worse, go sooner.',
};

const SIDES = ['left', 'right'] as const;
const heels = (sides: Side[]) => `${sides.join(' and ')} heel${sides.length > 1 ? 's' : ''}`;

/** C18: a calf that cannot lift with the knee bent, though it lifts straight, is checked before it is trained. Not
 * the rupture sign (that heel does lift), so graded "soon" like the other signs rules.md leaves ungraded (C1). */
function bentKneeZero(b: {
  straightKnee?: Baseline['straightKnee'];
  bentKnee?: Baseline['bentKnee'];
}): ReferralReason | null {
  const sides = SIDES.filter((s) => b.bentKnee?.[s] === 0 && b.straightKnee?.[s] !== 0);
  if (sides.length === 0) return null;
  return {
    id: 'bentKneeZero',
    urgency: 'soon',
    ruleIds: ['R18', 'C18', 'C1'],
    text: `Your ${heels(sides)} could not lift with the knee bent (0 bent-knee raises), though ${sides.length > 1 ? 'they lift' : 'it lifts'} with the knee straight. A calf that cannot lift at all in one position should be checked before it is trained.`,
  };
}

/** The referral for a present red flag, or null. A straight-knee count of 0 on a side counts as "cannot raise"; a
 * bent-knee 0 on a side that lifts straight is its own, less urgent reason (C18). */
export function screenRedFlags(
  b: Pick<Baseline, 'redFlags'> & { straightKnee?: Baseline['straightKnee']; bentKnee?: Baseline['bentKnee'] },
): Referral | null {
  const reasons: ReferralReason[] = [];
  for (const x of RED_FLAG_QUESTIONS) {
    if (x.urgency === 'no-loading-today') continue;
    let yes = b.redFlags[x.id];
    let text = `You answered yes: "${x.question}" ${GROUP_TEXT[x.group]}`;
    if (x.id === 'cannotSingleLegRaise' && !yes) {
      const zero = SIDES.filter((s) => b.straightKnee?.[s] === 0);
      if (zero.length > 0) {
        yes = true;
        text = `Your ${heels(zero)} could not lift in the test (0 straight-knee raises). ${GROUP_TEXT[x.group]}`;
      }
    }
    if (yes) reasons.push({ id: x.id, text, urgency: x.urgency, ruleIds: [...x.ruleIds] });
  }
  const bent = bentKneeZero(b);
  if (bent) reasons.push(bent);
  if (reasons.length === 0) return null;
  const urgency = reasons.reduce<Urgency>((u, r) => (r.urgency && RANK[r.urgency] > RANK[u] ? r.urgency : u), 'soon');
  const whatToDo: Note[] = [{ text: WHAT_TO_DO[urgency], ruleIds: ['R18'] }];
  if (b.redFlags.breathlessOrChestPain) {
    whatToDo.unshift({
      text: 'Breathlessness or chest pain with a painful calf needs emergency care now.',
      ruleIds: ['R18'],
    });
  }
  whatToDo.push({
    text: 'Pushoff shows no exercises while a red flag is present. A clinician can tell what is going on.',
    ruleIds: ['R18'],
  });
  return {
    kind: 'referral',
    reason: 'red-flag',
    urgency,
    title:
      urgency === 'emergency'
        ? 'Get emergency care now'
        : urgency === 'same-day'
          ? 'See a clinician today'
          : 'See a clinician soon',
    reasons,
    whatToDo,
    reEntry: {
      text: 'Come back to the baseline test once a clinician has cleared you to load the calf again.',
      ruleIds: ['R18'],
    },
    ruleIds: unique(reasons.flatMap((r) => r.ruleIds).concat('R18')),
  };
}

/** Pain over 5/10 now, or pain worsening day on day: no loading today (rule 7). */
export function screenPainToday(b: Pick<Baseline, 'redFlags'> & { painNow?: number }): Referral | null {
  const reasons: ReferralReason[] = [];
  if (b.painNow !== undefined && b.painNow > 5) {
    reasons.push({
      id: 'pain-over-5',
      text: `Your pain right now is ${b.painNow}/10. Over 5/10 means no loading today.`,
      urgency: null,
      ruleIds: ['R7'],
    });
  }
  if (b.redFlags.painWorsening) {
    reasons.push({
      id: 'painWorsening',
      text: 'Your pain has been getting worse day on day, so today is not a day to add load.',
      urgency: null,
      ruleIds: ['R7', 'R18'],
    });
  }
  if (reasons.length === 0) return null;
  return {
    kind: 'referral',
    reason: 'no-loading-today',
    urgency: null,
    title: 'No loading today',
    reasons,
    whatToDo: [
      {
        text: 'Skip calf loading, hops and hard running today. Everyday walking is fine as long as it keeps pain at 3/10 or less.',
        ruleIds: ['R7'],
      },
      { text: 'If the pain keeps rising or does not settle, see a doctor or physiotherapist.', ruleIds: ['R7', 'R18'] },
      { text: 'Pushoff gives no exercises in this case.', ruleIds: ['R7'] },
    ],
    reEntry: {
      text: 'Come back and redo the baseline when your pain is 5/10 or less and no longer rising from one day to the next.',
      ruleIds: ['R7', 'R8'],
    },
    ruleIds: unique(reasons.flatMap((r) => r.ruleIds)),
  };
}

function unique(ids: RuleId[]): RuleId[] {
  return [...new Set(ids)].sort();
}
