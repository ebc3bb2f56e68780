// The plan engine keeps its own small drill catalogue (src/domain/model/drill-catalog.ts) so it stays free of Astro.
// This check keeps the two in step: the build stops when an id, title, knee position, kit list or cue differs.
export interface CatalogDrill {
  title: string;
  knee: string;
  equipment: readonly string[];
  cues: readonly string[];
}
export interface PageDrill {
  id: string;
  title: string;
  knee: string;
  equipment: readonly string[];
  cues: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function catalogMismatches(catalog: Record<string, CatalogDrill>, pages: PageDrill[]): string[] {
  const problems: string[] = [];
  const byId = new Map(pages.map((p) => [p.id, p]));
  for (const [id, info] of Object.entries(catalog)) {
    const page = byId.get(id);
    if (!page) {
      problems.push(`${id}: the plan engine prescribes it but content/drills/${id}.mdx does not exist`);
      continue;
    }
    if (page.title !== info.title)
      problems.push(`${id}: title "${page.title}" on the page, "${info.title}" in the engine`);
    if (page.knee !== info.knee) problems.push(`${id}: knee "${page.knee}" on the page, "${info.knee}" in the engine`);
    if (!sameSet(page.equipment, info.equipment)) {
      problems.push(
        `${id}: equipment [${page.equipment.join(', ')}] on the page, [${info.equipment.join(', ')}] in the engine`,
      );
    }
    const missing = info.cues.filter((c) => !page.cues.includes(c));
    if (missing.length) problems.push(`${id}: the engine shows cues the page does not list: ${missing.join(', ')}`);
  }
  return problems;
}
