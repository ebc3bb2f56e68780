// Labels and paths for the five content collections, used by navigation, badges and search filters. The labels
// stand apart from the blurbs so code that only needs a badge (the search island, the header's results) does not
// ship the blurbs (0.1 KB gzip on /search/, where the search page's JS budget is tight).
export const COLLECTION_LABELS = {
  drills: { label: 'Drills', singular: 'Drill' },
  cues: { label: 'Cues', singular: 'Cue' },
  phases: { label: 'Phases', singular: 'Phase' },
  injuries: { label: 'Injury notes', singular: 'Injury note' },
  guides: { label: 'Guides', singular: 'Guide' },
} as const;

export const COLLECTION_META = {
  drills: { ...COLLECTION_LABELS.drills, blurb: 'Every exercise in the progression, with figure, dose and cues.' },
  cues: { ...COLLECTION_LABELS.cues, blurb: 'Short coaching cues that keep each rep honest.' },
  phases: {
    ...COLLECTION_LABELS.phases,
    blurb: 'The four weeks of a block: what each one is for, and what it waits for.',
  },
  injuries: {
    ...COLLECTION_LABELS.injuries,
    blurb: 'What common calf, Achilles, heel and shin problems mean for training.',
  },
  guides: { ...COLLECTION_LABELS.guides, blurb: 'The baseline test, checklists, reading your body and recovery.' },
} as const;

export type CollectionName = keyof typeof COLLECTION_META;
