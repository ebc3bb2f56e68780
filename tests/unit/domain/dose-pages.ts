// Shared by the dose-consistency tests (block 1, and blocks 2-4): the plan engine's prescribed doses against the drill
// pages' dose tables (content/drills/*.mdx), so a physio reading a plan and then the drill page finds no
// contradiction. Conventions checked here:
// - every prescribed drill's phase is in the page's `phases` and has a `dose` entry;
// - sets, reps, hold seconds and hop contacts per side fall inside that entry's ranges (sides with 0 sets
//   are skipped). Rule 5: a weaker side may do ONE set above the range, or one set on its own next to
//   double-leg work, only when the drill cites rule 5 with unequal sides and the page body says so ("rule 5");
//   on a day with pain 4-5 (C35, #12) a drill may do ONE set below the range; a dose C49 holds after a calf got worse
//   twice in a row may go lower, down to 1 set (the plan's note at the top says why and asks for a clinician); in a
//   block after a retest that fell (C42, no rise above the last block's end) the reps may go under the range;
// - hops: contacts per set are the page's reps (hops per set, per leg); the session's landings are the
//   page's contacts (both legs counted for single-leg hops, as the pages say);
// - strides (the one running drill) are listed by the plan as one set per stride: plan sets are the page's
//   reps, and the stride length must sit in the "about N-M seconds" of the page body;
// - tempo equals the page tempo, or its rule-10 pause variant (2 s hold at the top) if the body names it;
// - rest in seconds is equal when both give one.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import {
  DRILL_CATALOG,
  type Plan,
  type PlanOrReferral,
  type PrescribedDrill,
  type Tempo,
} from '../../../src/domain/index.ts';

export type Range = { min: number; max: number };
export type DoseEntry = {
  phase: string;
  sets: Range;
  reps?: Range;
  holdSeconds?: Range;
  /** Seconds of moving work per set (rolling): a plan's seconds may sit in either range. */
  workSeconds?: Range;
  contacts?: Range;
  tempo?: string;
  restSeconds?: number;
};
export type Page = { phases: string[]; dose: DoseEntry[]; body: string };
/** `afterFall`: the block starts afresh after a retest that fell (C42), so no week may rise above the last block's end. */
export type Use = { drill: PrescribedDrill; phase: string; afterFall?: true };

const DIR = new URL('../../../content/drills/', import.meta.url);
export function loadPages(): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.mdx'))) {
    const text = readFileSync(new URL(f, DIR), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    assert.ok(m, `${f}: no frontmatter`);
    const data = yaml.load(m[1]) as { phases: string[]; dose: DoseEntry[] };
    pages.set(f.replace(/\.mdx$/, ''), { phases: data.phases, dose: data.dose, body: m[2] });
  }
  return pages;
}

export const inRange = (r: Range | undefined, v: number) => r !== undefined && v >= r.min && v <= r.max;
export const show = (r: Range | undefined) => (r ? `${r.min}-${r.max}` : 'none');
export const tempoText = (t: Tempo) => `${t.up}-${t.pause}-${t.down}`;
// The extra set itself (the session's note says so once): rule 5 cited and the sides' sets differ.
export const hasExtraSet = (d: PrescribedDrill) => d.ruleIds.includes('R5') && d.left.sets !== d.right.sets;
// "(rule 5;" or the linked "([rule 5](...#R5);" both count.
export const saysRule5 = (body: string) => /\((?:rule 5|\[rule 5\]\([^)]*#R5\))[;)]/.test(body);

/** Every disagreement between one prescribed drill and its page, as readable lines (empty = consistent). */
export function problems(pages: Map<string, Page>, { drill: d, phase, afterFall }: Use): string[] {
  const page = pages.get(d.drill);
  const at = `${d.drill}/${phase}`;
  if (!page) return [`${d.drill}: no drill page`];
  const e = page.dose.find((x) => x.phase === phase);
  if (!page.phases.includes(phase) || !e) return [`${at}: phase missing from the page's phases or dose`];
  const out: string[] = [];
  const extra = hasExtraSet(d);
  if (extra && !saysRule5(page.body)) out.push(`${at}: rule-5 extra set, but the page body does not mention rule 5`);
  const running = DRILL_CATALOG[d.drill].kind === 'running';
  const plyo = DRILL_CATALOG[d.drill].kind === 'plyometric';
  for (const side of ['left', 'right'] as const) {
    const x = d[side];
    const other = d[side === 'left' ? 'right' : 'left'];
    if (x.sets === 0) continue;
    if (running) {
      // One stride per set in the plan; the page counts strides as reps in one set.
      if (!inRange(e.reps, x.sets) || !inRange(e.sets, 1))
        out.push(`${at}: ${x.sets} strides vs page ${show(e.reps)} in ${show(e.sets)} set(s)`);
      const len = /about (\d+)-(\d+) seconds/.exec(page.body);
      if (x.seconds !== null && !(len && x.seconds >= Number(len[1]) && x.seconds <= Number(len[2])))
        out.push(`${at}: stride of ${x.seconds} s not in the page body's range`);
      continue;
    }
    const lone = extra && other.sets === 0;
    const painDay =
      ((d.ruleIds.includes('C35') || d.ruleIds.includes('C39')) && x.sets >= e.sets.min - 1 && x.sets <= e.sets.max) ||
      (d.ruleIds.includes('C49') && x.sets >= 1 && x.sets <= e.sets.max);
    const setsOk = lone ? x.sets === 1 : inRange(e.sets, x.sets) || (extra && x.sets === e.sets.max + 1) || painDay;
    if (!setsOk) out.push(`${at}: ${side} sets ${x.sets} vs page ${show(e.sets)}${extra ? ' (+1 for rule 5)' : ''}`);
    // C42: after a fall the reps may go under the page's range rather than above the last block's load.
    const fewerAfterFall =
      afterFall === true && e.reps !== undefined && x.reps !== null && x.reps >= 1 && x.reps <= e.reps.max;
    if (x.reps !== null && !inRange(e.reps, x.reps) && !fewerAfterFall)
      out.push(`${at}: ${side} reps ${x.reps} vs page ${show(e.reps)}`);
    const seconds = e.holdSeconds ?? e.workSeconds;
    if (x.seconds !== null && !inRange(seconds, x.seconds))
      out.push(`${at}: ${side} seconds ${x.seconds} vs page ${show(seconds)}`);
    if (x.contacts !== null && !inRange(e.reps, x.contacts))
      out.push(`${at}: ${side} ${x.contacts} hops per set vs page reps ${show(e.reps)}`);
  }
  if (plyo) {
    const landings =
      d.stance === 'double'
        ? d.left.sets * (d.left.contacts ?? 0)
        : d.left.sets * (d.left.contacts ?? 0) + d.right.sets * (d.right.contacts ?? 0);
    if (!inRange(e.contacts, landings)) out.push(`${at}: ${landings} landings vs page contacts ${show(e.contacts)}`);
  }
  if (d.tempo) {
    const t = tempoText(d.tempo);
    const [up, pause, down] = (e.tempo ?? '').split('-');
    const pauseVariant = pause === '0' ? `${up}-2-${down}` : null;
    const ok = t === e.tempo || (t === pauseVariant && page.body.includes(pauseVariant));
    if (!ok) out.push(`${at}: tempo ${t} vs page ${e.tempo ?? 'none'}`);
  }
  if (d.restSeconds !== null && e.restSeconds !== undefined && d.restSeconds !== e.restSeconds) {
    out.push(`${at}: rest ${d.restSeconds} s vs page ${e.restSeconds} s`);
  }
  return out;
}

export function allProblems(pages: Map<string, Page>, list: Use[]): string[] {
  const counts = new Map<string, number>();
  for (const u of list) for (const p of problems(pages, u)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].sort().map(([p, n]) => `${p} (x${n})`);
}

/** Every drill of a plan with its week's phase (a referral has none). */
export function usesOf(r: PlanOrReferral): Use[] {
  if (r.kind !== 'plan') return [];
  return (r as Plan).weeks.flatMap((w) =>
    w.sessions.flatMap((s) =>
      s.drills.map((drill) => ({
        drill,
        phase: w.phase,
        ...(r.block.start === 'afresh-after-drop' ? { afterFall: true as const } : {}),
      })),
    ),
  );
}

/** A deep copy of `pages` with one drill's page changed. */
export function withPage(pages: Map<string, Page>, id: string, change: (p: Page) => void): Map<string, Page> {
  const copy = new Map([...pages].map(([k, v]) => [k, structuredClone(v)]));
  change(copy.get(id) as Page);
  return copy;
}
export const entry = (p: Page, phase: string) => p.dose.find((x) => x.phase === phase) as DoseEntry;
