// The injury page's drill table (injury frontmatter `drillChanges`) must cover exactly the drills whose cautions
// name that injury (drill frontmatter `cautions`), each once, so the two never drift apart. Pure: unit-tested.

/** Problems as sentences naming the injury and drill; empty when the table and the cautions agree. */
export function drillChangeMismatches(injuryId: string, tableDrills: string[], cautionedDrills: string[]): string[] {
  const problems: string[] = [];
  const cautioned = new Set(cautionedDrills);
  const seen = new Set<string>();
  for (const id of tableDrills) {
    if (seen.has(id)) problems.push(`${injuryId}: drill "${id}" is in more than one row of drillChanges`);
    seen.add(id);
    if (!cautioned.has(id))
      problems.push(`${injuryId}: drill "${id}" is in drillChanges but its page has no caution for it`);
  }
  for (const id of cautioned) {
    if (!seen.has(id)) problems.push(`${injuryId}: drill "${id}" has a caution for it but no row in drillChanges`);
  }
  return problems;
}
