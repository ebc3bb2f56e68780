// The tags a drill page shows after its phase links, in order: the muscles it works by their plain label (the
// search filter keeps the id), then the knee position. Shared by the page (src/components/drill/DrillArticle.astro)
// and the plain-words check (src/lib/plain-terms.ts), so a tag never shows a bare "gastrocnemius" again.
import { MUSCLE_LABELS, type MuscleId } from '../domain/model/vocabulary.ts';

export type DrillTag = { text: string; filter?: string };

/** The knee tag's words; a drill where the knee does not matter (rolling, foot work) has none (phone review: a
 * "knee: not applicable" chip on the soft-tissue page). "Knee straight", not "knee: straight", which read as a field
 * name (a later phone review); "Straight knee" word for word as the plan and the test say it (a third phone review read
 * "Knee straight" here and "straight-knee raises" on the plan). */
const KNEE: Record<string, string | undefined> = {
  straight: 'Straight knee',
  bent: 'Bent knee',
  both: 'Straight and bent knee',
};

export function drillTags(d: { muscles: readonly MuscleId[]; knee: string }): DrillTag[] {
  const knee = KNEE[d.knee];
  return [
    ...d.muscles.map((m) => ({ text: MUSCLE_LABELS[m], filter: `muscle:${m}` })),
    ...(knee ? [{ text: knee }] : []),
  ];
}
