// The tags a drill page shows after its phase links, in order: the muscles it works by their plain label (the
// search filter keeps the id), then the knee position. Shared by the page (src/components/drill/DrillArticle.astro)
// and the plain-words check (src/lib/plain-terms.ts), so a tag never shows a bare "gastrocnemius" again.
import { MUSCLE_LABELS, type MuscleId } from '../domain/model/vocabulary.ts';

export type DrillTag = { text: string; filter?: string };

/** The knee tag's words; a drill where the knee does not matter (rolling, foot work) has none (phone review: a
 * "knee: not applicable" chip on the soft-tissue page). "Knee straight", not "knee: straight", which read as a field
 * name (a later phone review). */
const KNEE: Record<string, string | undefined> = { straight: 'straight', bent: 'bent', both: 'straight and bent' };

export const drillTags = (d: { muscles: readonly MuscleId[]; knee: string }): DrillTag[] => [
  ...d.muscles.map((m) => ({ text: MUSCLE_LABELS[m], filter: `muscle:${m}` })),
  ...(KNEE[d.knee] ? [{ text: `Knee ${KNEE[d.knee]}` }] : []),
];
