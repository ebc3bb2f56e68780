// Finds cross-references between entries that point nowhere. Astro's reference() only logs these and carries on,
// so the build calls this and stops with the file and field named. Pure: unit-tested without Astro.
export interface EntryLike {
  id: string;
  collection: string;
  filePath?: string;
  data: unknown;
}
export interface BrokenReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

const isReference = (v: unknown): v is { collection: string; id: string } =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).length === 2 &&
  typeof (v as { collection?: unknown }).collection === 'string' &&
  typeof (v as { id?: unknown }).id === 'string';

function* walk(value: unknown, path: string): Generator<[string, { collection: string; id: string }]> {
  if (isReference(value)) yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) yield* walk(v, path ? `${path}.${k}` : k);
}

export function findBrokenReferences(entries: EntryLike[]): BrokenReference[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    for (const [field, ref] of walk(entry.data, '')) {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        broken.push({
          file: entry.filePath ?? `${entry.collection}/${entry.id}`,
          field,
          collection: ref.collection,
          id: ref.id,
        });
      }
    }
  }
  return broken;
}

export function describeBroken(broken: BrokenReference[]): string {
  return broken.map((b) => `${b.file}: ${b.field} names ${b.collection} "${b.id}", which does not exist`).join('\n');
}
