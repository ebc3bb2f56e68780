// The words of the "How plans are built" page (src/pages/guides/how-plans-are-built.astro), kept here so the page
// and the plain-words check (tests/unit/content/plain-terms.test.ts) read the same text in the same order.
import { type Evidence, RULES, type Rule } from '../domain/model/rules.ts';

export const EVIDENCE_LABEL = {
  research: 'Research',
  'expert-opinion': 'Expert opinion',
  convention: 'Pushoff convention',
} as const satisfies Record<Evidence, string>;

export const RULES_TITLE = 'How plans are built';
export const RULES_LEDE =
  "Every choice in your plan names the rules behind it. This page lists them all, straight from the plan engine's registry, with their figures, sources and how strong the evidence is.";
export const RULES_DO_THIS = [
  'In your plan, open "Why?" next to a choice: it names the rules behind it, such as R13, and links here.',
  'Read the rule below: what it says, its numbers, its source and how strong the evidence is.',
  'Treat the Pushoff conventions (codes starting with C) as choices to question, not findings.',
];
/** What each evidence label means: the label in bold, then its meaning. */
export const EVIDENCE_NOTE: readonly (readonly [label: string, meaning: string])[] = [
  ['Research', ' rules rest on published studies; '],
  ['Expert opinion', ' rules are clinic criteria that studies have not tested directly; '],
  ['Pushoff conventions', ' fill gaps where a plan needs a decision and no source gives one.'],
];
export const EVIDENCE_NOTE_END = ' Conventions are there to be questioned.';
export const RULES_CALLOUT =
  "Alfredson's protocol (3 x 15 straight-knee and 3 x 15 bent-knee drops, twice a day, every day, for 12 weeks) treats tendinopathy; it is not prevention, and Pushoff never copies its volume into a twice-weekly plan (Alfredson 1998). Deload weeks (planned lighter weeks) inside one four-week block are convention, not evidence.";

export const RULE_GROUPS: readonly { slug: string; title: string; rules: readonly Rule[] }[] = [
  {
    slug: 'rules',
    title: 'Rules from the evidence and clinic practice',
    rules: RULES.filter((r) => r.id.startsWith('R')),
  },
  { slug: 'conventions', title: 'Conventions Pushoff adds', rules: RULES.filter((r) => r.id.startsWith('C')) },
];

/** One rule as the page shows it: heading (id, title, evidence badge), statement, numbers. The source line is a
 * citation, and the reference list after the callout is one too: neither is prose. */
export const ruleProse = (r: Rule): string[] => [
  `${r.id} ${r.title} ${EVIDENCE_LABEL[r.evidence]}`,
  r.statement,
  ...(r.numbers ? [`Numbers: ${r.numbers}`] : []),
];

/** The page's words in reading order, from its title to the callout. */
export function rulesPageProse(groups = RULE_GROUPS): string {
  return [
    RULES_TITLE,
    RULES_LEDE,
    ...RULES_DO_THIS,
    `Labels: ${EVIDENCE_NOTE.map(([label, meaning]) => label + meaning).join('')}${EVIDENCE_NOTE_END}`,
    ...groups.flatMap((g) => [g.title, ...g.rules.flatMap(ruleProse)]),
    RULES_CALLOUT,
  ].join('\n');
}
