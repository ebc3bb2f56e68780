// The words of the red-flag screening (rule 18): each question as the form asks it, and what each group of signs may
// point to. Ids, groups and urgency are in model/vocabulary.ts.
import { RED_FLAGS, type RedFlagGroup, type RedFlagId } from '../model/vocabulary.ts';

const QUESTIONS: Record<RedFlagId, string> = {
  achillesPopOrKick: 'Did you feel a sudden pop at the back of the ankle, or as if someone kicked you in the heel?',
  cannotSingleLegRaise: 'Is there a side on which you cannot rise onto your toes on one leg at all?',
  achillesGap: 'Can you feel a gap or dip in the Achilles tendon?',
  calfPopSharpPain: 'Did you have sudden, sharp pain in the calf with a pop?',
  calfBruisingToAnkle: 'Is there bruising from the calf spreading down towards the ankle?',
  calfLimp: 'Are you limping because of your calf?',
  calfSwollenWarmRed: 'Is one calf swollen, warm and red, especially after travel, surgery or time immobilised?',
  breathlessOrChestPain: 'Are you short of breath, or do you have chest pain?',
  boneSpotTenderness: 'Is one small spot on a bone (about 2-3 cm across) tender when you press it?',
  boneHopPain: 'When you hop on one leg, do you feel pain at one point on a bone?',
  boneNightOrRestPain: 'Does a shin or foot bone ache at night or when you rest?',
  heelNightOrRestPain: 'Does your heel ache deep inside at rest or at night (more than stiff or sore first steps)?',
  heelSqueezePain: 'Does your heel hurt when you squeeze it from both sides?',
  heelNumbness: 'Do you have numbness or tingling in the heel or sole?',
  painWorsening: 'Has your calf, Achilles, heel or shin pain got worse day on day?',
};

const GROUPS: Record<Exclude<RedFlagGroup, 'pain'>, string> = {
  'achilles-rupture': 'These signs may point to an Achilles tendon rupture.',
  'calf-tear': 'These signs may point to a calf muscle tear.',
  'blood-clot': 'These signs may point to a blood clot, which needs checking straight away.',
  'bone-stress': 'These signs may point to a bone stress injury.',
  heel: 'These signs may point to a heel problem that is not simple overload, such as a nerve or bone issue.',
};

/** Shorter words for paper, where page 1 of the handout has no line to spare: the form's question is asked once; on
 * paper it is a reminder (a plantar heel's sore first steps are not this sign: physiotherapist review). */
const ON_PAPER: Partial<Record<RedFlagId, string>> = {
  heelNightOrRestPain: 'Does your heel ache deep inside at rest or at night?',
};

export const redFlagQuestion = (id: RedFlagId): string => QUESTIONS[id];
export const redFlagGroupText = (g: RedFlagGroup): string => (g === 'pain' ? '' : GROUPS[g]);

/** The screening questions in the order the form asks them, with their words. */
export const RED_FLAG_QUESTIONS = RED_FLAGS.map((f) => ({
  ...f,
  question: QUESTIONS[f.id],
  onPaper: ON_PAPER[f.id] ?? QUESTIONS[f.id],
}));
export type RedFlagQuestion = (typeof RED_FLAG_QUESTIONS)[number];
