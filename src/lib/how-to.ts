// Which one-line how-to the printed plan shows beside a drill (issue 13), as the drill is dosed. Its own module, with
// a type-only import, so the plan's views do not pull the titles' builder (and the engine's catalogue) into their chunk.
import type { PlanTitles } from './plan-titles.ts';

/** The build-time how-to lines a view needs. */
export type HowTo = Pick<PlanTitles, 'howTo' | 'howToBothLegs'>;

/** On both legs, a one-leg drill's both-legs line (C3: raises start on both legs while a side is under 15 reps). */
export const howToFor = (t: HowTo, drill: string, stance: 'single' | 'double' | 'none'): string | undefined =>
  (stance === 'double' ? t.howToBothLegs[drill] : undefined) ?? t.howTo[drill];
