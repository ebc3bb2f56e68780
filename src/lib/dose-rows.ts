// The rows of a drill page's dose table (src/components/drill/DoseTable.astro). Neighbouring phases with the same
// dose share one row, so a page whose later blocks carry one dose into every week still prints on one sheet. The
// row's label says which phases in words that read the same aloud: two by name ("Strength and eccentric, Elastic"),
// more as "All phases" or "All phases except Integration". A list of three would wrap onto a third line in print,
// and a range ("Strength and eccentric to Elastic") read clumsily.
import { PHASE_IDS, PHASE_LABELS } from '../domain/model/vocabulary.ts';

/** `titles`: phase titles by id as the page shows them (the phase pages'); the vocabulary's labels otherwise. */
export function doseRows<D extends { phase: { id: string } }>(
  dose: readonly D[],
  titles: Readonly<Record<string, string>> = {},
): { d: D; label: string }[] {
  const title = (id: string) => titles[id] ?? PHASE_LABELS[id as keyof typeof PHASE_LABELS] ?? id;
  const same = (a: D, b: D) => JSON.stringify({ ...a, phase: null }) === JSON.stringify({ ...b, phase: null });
  const label = (ids: string[]) => {
    if (ids.length < 3) return ids.map(title).join(', ');
    const others = PHASE_IDS.filter((p) => !ids.includes(p));
    return others.length ? `All phases except ${others.map(title).join(', ')}` : 'All phases';
  };
  const rows: { d: D; label: string }[] = [];
  for (let i = 0, j = 0; i < dose.length; i = j) {
    while (j < dose.length && same(dose[i], dose[j])) j++;
    rows.push({ d: dose[i], label: label(dose.slice(i, j).map((d) => d.phase.id)) });
  }
  return rows;
}
