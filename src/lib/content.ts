// Build-time queries over the collections: sorted lists and the links derived from drill data
// (cue -> drills, phase -> drills, injury -> drills), so no page keeps a hand-made list.
import { type CollectionEntry, getCollection } from 'astro:content';
import { DRILL_TITLES } from '../domain/explain/drill-titles.ts';
import { DRILL_CATALOG, type DrillId } from '../domain/model/drill-catalog.ts';
import { PHASES } from '../domain/model/vocabulary.ts';
import { catalogMismatches } from './catalog-check.ts';
import { drillChangeMismatches } from './drill-changes-check.ts';
import { describeBroken, findBrokenReferences } from './references.ts';

export type Drill = CollectionEntry<'drills'>;

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title);

let checked: Promise<void> | undefined;
/** Fails the build when any entry references one that does not exist (reference() alone only logs it),
 * or when the drill pages and the plan engine's catalogue disagree. */
export function checkLibrary(): Promise<void> {
  checked ??= (async () => {
    const names = ['drills', 'cues', 'phases', 'injuries', 'guides'] as const;
    const all = (await Promise.all(names.map((n) => getCollection(n)))).flat();
    const broken = findBrokenReferences(all);
    if (broken.length) throw new Error(`Broken references in the guide library:\n${describeBroken(broken)}`);
    const pages = (await getCollection('drills')).map((d) => ({
      id: d.id,
      title: d.data.title,
      knee: d.data.knee,
      equipment: d.data.equipment,
      cues: d.data.cues.map((c) => c.id),
    }));
    const phasePages = new Map((await getCollection('phases')).map((p) => [p.id, p.data.title]));
    const catalog = Object.fromEntries(
      Object.entries(DRILL_CATALOG).map(([id, info]) => [id, { ...info, title: DRILL_TITLES[id as DrillId] }]),
    );
    const drift = catalogMismatches(catalog, pages).concat(
      PHASES.filter((p) => phasePages.get(p.id) !== p.title).map(
        (p) => `${p.id}: phase title "${phasePages.get(p.id)}" on the page, "${p.title}" in the engine`,
      ),
    );
    if (drift.length) throw new Error(`Drill pages and the plan engine's catalogue disagree:\n${drift.join('\n')}`);
    const drillEntries = await getCollection('drills');
    const tables = (await getCollection('injuries')).flatMap((injury) =>
      drillChangeMismatches(
        injury.id,
        injury.data.drillChanges.flatMap((row) => row.drills.map((d) => d.id)),
        drillEntries.filter((d) => d.data.cautions.some((c) => c.injury.id === injury.id)).map((d) => d.id),
      ),
    );
    if (tables.length) throw new Error(`Injury drill tables and drill cautions disagree:\n${tables.join('\n')}`);
  })();
  return checked;
}

export async function drills() {
  await checkLibrary();
  return (await getCollection('drills')).sort(byTitle);
}
export async function cues() {
  await checkLibrary();
  return (await getCollection('cues')).sort(byTitle);
}
export async function phases() {
  await checkLibrary();
  return (await getCollection('phases')).sort((a, b) => a.data.order - b.data.order);
}
export async function injuries() {
  await checkLibrary();
  return (await getCollection('injuries')).sort(byTitle);
}
export async function guides() {
  await checkLibrary();
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

export async function drillsUsingCue(cueId: string) {
  return (await drills()).filter((d) => d.data.cues.some((c) => c.id === cueId));
}
export async function drillsInPhase(phaseId: string) {
  return (await drills()).filter((d) => d.data.phases.some((p) => p.id === phaseId));
}
/** Drills whose cautions name this injury, with the advice given. */
export async function drillsCautionedFor(injuryId: string) {
  return (await drills()).flatMap((d) =>
    d.data.cautions.filter((c) => c.injury.id === injuryId).map((c) => ({ drill: d, advice: c.advice })),
  );
}
/** Drills that name this drill as their easier or harder version (the reverse links). */
export async function drillsLinkingTo(drillId: string) {
  return (await drills()).filter((d) => d.data.regression?.id === drillId || d.data.progression?.id === drillId);
}
