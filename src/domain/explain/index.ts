// The words of the plan engine: everything the CLI, the plan page, print and the calendar file say about a Plan or
// a Referral comes from here.
export {
  drillDose,
  drillHow,
  effortText,
  inTurn,
  LEGS_IN_TURN,
  legsInTurnFor,
  setsBy,
  sideDoseText,
  stridesTodayText,
  tempoText,
} from './dose-text.ts';
export { formatText } from './format-text.ts';
export { changeFigure, drillLoadText, loadFigure, loadText } from './load-text.ts';
export { checkInText, lighterText, type MorningAnswer, morningText, type NextCalf } from './morning-text.ts';
export { RED_FLAG_QUESTIONS, type RedFlagQuestion, redFlagQuestion } from './red-flag-questions.ts';
export { REFERRAL_WORDS, sayReferral } from './referral-words.ts';
export { phraseKey, say } from './say.ts';
export {
  keepGoingParts,
  keepGoingText,
  normsText,
  RETEST_TEXT,
  retestText,
  symmetryText,
  targetText,
  testProtocol,
} from './summary-text.ts';
export {
  CHANGE_LABELS,
  CLINICIAN_HEADING,
  GATE_TITLES,
  GATE_WORK,
  GATES_HEADING,
  gateState,
  gateWhen,
  minutesText,
  referralTitle,
  sessionTitle,
  weekHeld,
  weekTitle,
} from './titles.ts';
export { distinctChecks, weekChecks } from './week-checks.ts';
export { fromKg, KG_PER_LB, type Unit } from './weight-units.ts';
