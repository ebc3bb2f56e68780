// One vocabulary: labels of equipment, muscles, phases, pain locations and weekdays are written once, in
// src/domain/model/vocabulary.ts; pages, islands, search facets and the engine import them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  EQUIPMENT_IN_TEXT,
  EQUIPMENT_LABELS,
  EQUIPMENT_QUESTIONS,
  MUSCLE_LABELS,
  PAIN_LOCATION_LABELS,
  WEEKDAY_LABELS,
} from '../../../src/domain/model/vocabulary.ts';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const files = (dir: string, out: string[] = []): string[] => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(ts|tsx|astro)$/.test(name)) out.push(path);
  }
  return out;
};

test('no label of the vocabulary is written a second time in src/', () => {
  const labels = [
    ...Object.values(EQUIPMENT_LABELS),
    ...Object.values(EQUIPMENT_QUESTIONS),
    ...Object.values(EQUIPMENT_IN_TEXT),
    ...Object.values(MUSCLE_LABELS),
    ...Object.values(PAIN_LOCATION_LABELS),
    ...Object.values(WEEKDAY_LABELS),
  ];
  const copies: string[] = [];
  for (const file of files(SRC)) {
    if (file.endsWith('domain/model/vocabulary.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const label of labels)
      if (new RegExp(`['"\`]${label}['"\`]`).test(text)) copies.push(`${file.slice(SRC.length)}: ${label}`);
  }
  assert.deepEqual(copies, []);
});
