// Closed id lists the plan engine shares with the content collections (see content/<collection>/<id>.mdx).
// Labels are short plain-text names for the text formatter; the guide pages hold the full wording.

/** The four one-week micro-cycles of a block, in order (domain brief). */
export const PHASES = [
  { id: 'foundation', title: 'Foundation' },
  { id: 'strength', title: 'Strength and eccentric' },
  { id: 'elastic', title: 'Elastic' },
  { id: 'integration', title: 'Integration' },
] as const;
export type PhaseId = (typeof PHASES)[number]['id'];

/** Coaching cues (content/cues). */
export const CUES = {
  'forward-lean': 'Slight forward lean from the ankles at push-off',
  'midfoot-landing': 'Land midfoot under the body',
  'no-inward-collapse': 'Do not let the foot collapse inward',
  'knee-over-toes': 'Knee tracks over the toes',
  'ankle-knee-hip-alignment': 'Ankle, knee and hip in line',
  'spring-from-toes': 'Quick controlled spring from the toes, not a brute push',
  'stiff-not-rigid': 'Stiff but not rigid ankle at toe-off',
  'quiet-landings': 'Quiet, soft landings',
  'controlled-descent': 'Control every lowering',
  'tempo-2-up-3-down': 'Steady tempo',
  'precision-over-volume': 'Precision over volume',
  'calf-before-thigh': 'Fire the calf before the thigh',
} as const;
export type CueId = keyof typeof CUES;

/** Injury notes (content/injuries); the plan links its flags to these pages. */
export const INJURY_IDS = [
  'achilles-midportion',
  'achilles-insertional',
  'calf-strain',
  'plantar-heel-pain',
  'shin-pain',
  'cramping',
] as const;
export type InjuryId = (typeof INJURY_IDS)[number];
