// JSON backup of a Baseline, its Plan and the training log. On import only the Baseline and the log are read (the
// log through its own schema, entry by entry, when it is merged): the Plan is rebuilt from them, so an edited file
// can never smuggle in a dose the engine would not give.
import type { FieldError, Validate } from './share-link.ts';

export const BACKUP_FORMAT = 'pushoff-backup';
export const BACKUP_VERSION = 1;

/** `log`: the training log (issue 14), when there is one; `earlier`: the Baselines of earlier blocks, when there are
 * any (C41). Older backups have neither. */
export function makeBackup(
  baseline: unknown,
  plan: unknown,
  exportedAt: string,
  log?: unknown,
  earlier?: readonly unknown[],
): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    baseline,
    plan,
    ...(log ? { log } : {}),
    ...(earlier?.length ? { earlier } : {}),
  };
  return JSON.stringify(file, null, 2);
}

/** `log` is the file's training log as found (unchecked: merging reads it entry by entry), or null without one;
 * `earlier` its earlier blocks as found (the caller validates them), or null. */
export type Restored<T> =
  | { ok: true; value: T; log: unknown; earlier: unknown }
  | { ok: false; message: string; errors?: FieldError[] };

export function readBackup<T>(text: string, validate: Validate<T>): Restored<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it is not a Pushoff backup.' };
  }
  const file = data as { format?: unknown; version?: unknown; baseline?: unknown; log?: unknown; earlier?: unknown };
  if (typeof data !== 'object' || data === null || file.format !== BACKUP_FORMAT) {
    return { ok: false, message: 'This JSON file is not a Pushoff backup (it has no "format": "pushoff-backup").' };
  }
  if (file.version !== BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup is version ${String(file.version)}; this page reads version ${BACKUP_VERSION}.`,
    };
  }
  const result = validate(file.baseline);
  return result.ok
    ? { ...result, log: file.log ?? null, earlier: file.earlier ?? null }
    : { ok: false, message: 'The test results in this backup are not valid.', errors: result.errors };
}
