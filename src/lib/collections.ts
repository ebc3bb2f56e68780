// Labels and paths for the five content collections, used by navigation, badges and search filters.
export const COLLECTION_META = {
  drills: {
    label: 'Drills',
    singular: 'Drill',
    blurb: 'Every exercise in the progression, with figure, dose and cues.',
  },
  cues: { label: 'Cues', singular: 'Cue', blurb: 'Short coaching cues that keep each rep honest.' },
  phases: {
    label: 'Phases',
    singular: 'Phase',
    blurb: 'The four one-week micro-cycles of a block and their entry gates.',
  },
  injuries: {
    label: 'Injury notes',
    singular: 'Injury note',
    blurb: 'What common calf, Achilles, heel and shin problems mean for training.',
  },
  guides: {
    label: 'Guides',
    singular: 'Guide',
    blurb: 'The baseline test, checklists, reading your body and recovery.',
  },
} as const;

export type CollectionName = keyof typeof COLLECTION_META;
