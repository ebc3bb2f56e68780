// The baseline in words: shown read-only for a shared plan and on the first printed page.
import type { Baseline } from '../../domain/index.ts';
import { ACHILLES_PART_LABELS } from '../../domain/model/vocabulary.ts';
import { CALF_STRAIN, day, HISTORY, KIT, PAIN_PLACES, WEEKDAY_NAMES } from './labels.ts';

const pair = (p: { left: number; right: number } | null | undefined, unit: string) =>
  p ? `left ${p.left}, right ${p.right} ${unit}` : 'not tested';
const list = (xs: readonly string[], names: Record<string, string>, none = 'none') =>
  xs.length ? xs.map((x) => names[x] ?? x).join(', ') : none;

/** `level` 2 when it stands before the plan (shared view), 3 inside the plan's printed page 1. */
export default function BaselineView({
  b,
  title = 'The baseline behind this plan',
  level = 3,
}: {
  b: Baseline;
  title?: string;
  level?: 2 | 3;
}) {
  const H = level === 2 ? 'h2' : 'h3';
  const rows: [string, string][] = [
    ['Straight-knee heel raises', pair(b.straightKnee, 'reps')],
    ['Bent-knee heel raises', pair(b.bentKnee, 'reps')],
    [
      'Light hop test',
      b.hopTest
        ? `${pair(b.hopTest, 'hops in 20 s')}; pain while hopping ${b.hopTest.pain}/10${b.hopTest.where?.length ? ` (${list(b.hopTest.where, PAIN_PLACES).toLowerCase()})` : ''}`
        : 'not done',
    ],
    [
      'Pain right now',
      `${b.painNow}/10${b.painLocations.length ? ` (${list(b.painLocations, PAIN_PLACES).toLowerCase()})` : ''}`,
    ],
    ['Age and sex', [b.age ? `${b.age} years` : 'age not given', b.sex ?? 'sex not given'].join(', ')],
    [
      'Past problems',
      [
        b.history.calfStrain !== 'none' &&
          `calf strain (${CALF_STRAIN[b.history.calfStrain].replace('Yes, ', '')}${b.history.strainCleared ? ', cleared by a clinician' : ''})`,
        ...Object.entries(HISTORY)
          .filter(([k]) => b.history[k as keyof typeof HISTORY])
          .map(([k, v]) =>
            k === 'achillesTendinopathy'
              ? `${v}: ${b.history.achillesPart ? ACHILLES_PART_LABELS[b.history.achillesPart].toLowerCase() : 'part not known'}`
              : v,
          ),
        b.history.gapChecked && 'difference between the calves looked at by a clinician since this test',
      ]
        .filter(Boolean)
        .join(', ') || 'none',
    ],
    ['Sessions a week', String(b.sessionsPerWeek)],
    ['Equipment', list(b.equipment, KIT)],
    ['Run days', list(b.runDays, WEEKDAY_NAMES)],
    ['Long-run day', b.longRunDay ? WEEKDAY_NAMES[b.longRunDay] : 'none'],
    ['Hard-session days', list(b.hardDays, WEEKDAY_NAMES)],
    ['Start date', day(b.startDate)],
  ];
  return (
    <section class="baseline">
      <H>{title}</H>
      <dl>
        {rows.map(([k, v]) => (
          <div>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
