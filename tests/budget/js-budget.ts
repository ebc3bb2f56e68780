// JS size budget over the built site (dist/): for each HTML page, the gzipped bytes of every script it loads,
// following static imports of module scripts and island component/renderer URLs. Code behind a dynamic import()
// with a literal path (the search UI, the session player, the test tools) loads only after a user action: it is
// counted separately as "lazy" (files the page already loaded are not counted again), with its own limit where one
// is set. Limits: every content page 2 KB gzip (the header search loader must fit).
// The plan page: issue 5 asks for 25 KB, which this build does NOT meet (measured 45.1 KB). Its parts, gzip:
// plan engine 14, zod/mini Baseline schema 7.1, plan-io and stores 3.7, plan UI 10.6, Preact 6.7, Astro's island
// runtime 1.8, header search loader 1.5. Even without zod and Preact, engine + plan-io + a bare UI + the header
// loader come to about 25 KB, so the target needs a decision (see the issue note), not trimming. The limit below
// keeps the page from growing unnoticed meanwhile: 45 KB until the physio-review fixes of the third session (plan
// wording and gate checks, +1.2 KB) reached 45.1, so 46 KB then. Issue 13 retires the 25 KB target and sets 50 KB
// before the user acts (its budget section): the session and test-tool launchers took the page from 45.3 to 46.6 KB
// (0.6 KB of launcher code; 0.7 KB because zod/mini, now shared with the lazily loaded check-in, moves to a chunk of
// its own and compresses apart from the page's code). The player, metronome and test tools (8.5 KB) are lazy.
// Raise a limit only with a measured reason like these. The search page hydrates a Preact island on load, so it gets its
// own limit of 15 KB gzip: Preact and Astro's island runtime (about 9 KB measured) plus the search UI, with headroom.
// 16 KB since issue 11's one vocabulary: the search chips take their labels and order from
// src/domain/model/vocabulary.ts, which the bundler puts in a chunk shared with the plan page (measured 15.7 KB).
// Offline support (issue 15): every page's own budget includes the service-worker registration and update notice
// (src/components/UpdateNotice.astro, 0.4 KB), and the check fails if a page does not load it in a script counted here
// (a dynamic import or a missing script would hide its cost). The worker itself (sw.js, its precache list and Workbox's
// runtime) runs off the page's main thread but is downloaded on the first visit: it has its own line and limit,
// 16 KB gzip (measured 11.8 KB with 188 precached files; the list grows about 45 bytes gzip per file).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
/** The build's base path (astro.config reads the same BASE): URLs in the HTML carry it, files under dist/ do not. */
const BASE = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(DIST)) {
  console.error('No dist/ folder: build the site first (npm run build), then run the budget.');
  process.exit(1);
}
/** Scripts a page names that are not in dist/: a wrong BASE would otherwise count them as 0 bytes and pass. */
const missing = new Set<string>();
// Issue 12's clinical pass put the plan page OVER issue 13's 50 KB, measured 54.4 KB: the engine's new screening,
// referral and dosing sentences and rules (+4.4 KB gzip, nearly all words a runner must read: what to do while
// waiting, when to come back, per-concern referrals). Safety comes first, so the limit is 55 KB until the page loads
// its words per state (see the issue 13 note); this is a KNOWN MISS of issue 13's budget, not a new target.
// Issue 13's plain-words pass took it to 56.2 KB (measured): the "Why?" toggles with rule titles from a context
// (+0.4), technical words explained where they first appear (+0.3), and the week-at-a-glance strip and what-changes
// table (+0.5 net of the contents list and volume chart they replace). Issue 14's living plan took it to 59.6 KB:
// the plan must follow the training log before it is first shown, so the log's schema and reader (which used to
// load with the check-in), the adjustment step and the morning question load with the page (+3.4); the backup's
// log merge and the CSV export button (their code loads on use) added 0.9 to 60.5 KB; the log-so-far view (tables
// and a pain chart) and the physiotherapist review's stricter reading of the log (C39) 1.5 more, to 62.0 KB. Limit
// 63 KB. Then the plan's views moved to a chunk loaded only once there is a plan (STATE_CHUNKS): the empty page
// (a new runner) fell to 56.4 KB, limit 57 KB; with a plan it is 64.0 KB (the split costs 2 KB of lost
// compression and shared code), limit 65 KB. Both are still a KNOWN MISS of issue 13's 50 KB.
// Issue 14's next block (seventh session) took the empty page to 60.2 KB and the page with a plan to 70.1 KB
// (measured; the parts below are approximate): the engine plans earlier blocks again and starts the next from the dose reached (C41-C43: +1.6), the
// earlier blocks' store, the retest flow and its banner (+1.3), the check-in's per-drill fields, the plan-vs-done
// view and the physiotherapist review's safety rules (+0.9); the views (tests chart, earlier blocks) add to the
// plan state only. Limits 61 and 71 KB.
// Then (eighth session) the prescription loads only once a plan is due (src/stores/engine.ts: createPlan in a chunk
// of its own; validation, screening and a referral's words stay with the page): the empty page fell from 60.3 to
// 42.5 KB measured, so it now MEETS issue 13's 50 KB, the limit here. With a plan it rose from 70.5 to 72.4 KB (the
// engine and the plan's words compress apart from the page's code): limit 73 KB, still a KNOWN MISS of 50 for a
// returning runner, whose plan is built and shown before any action (see the issue 13 note). The physiotherapist's
// review of blocks 2-4 (findings 8-11: a ladder per drill at 3-0-3, strides after a pain-free hop test, a held block
// said once, the real volume of a cut week; under-16s on body weight, C44; the bone-stress caveat) added 2.1 KB to
// the engine and its words, which load with a plan only: 74.6 KB measured, limit 75 KB. The empty page is unchanged.
// A second physiotherapist's read (C37's set ceiling on weight ladders, strides after heel raises within 10%, the
// bone-stress signs with hopping pain 3-5) took it to 74.9 KB: 0.1 KB left under the limit. Ninth session: printing a
// pain-4 first session inside the week's other loaded sessions (session-groups.ts; the last print fixture over five
// pages now takes five) added 0.5 KB to the views: 75.4 KB measured. A third physiotherapist's read (hopping pain at a
// retest holds the block, C45; the drop's weight defined and warmed up for, C46; week 1 of a next block within 10% on
// each side) +0.6 KB of engine and words, and share links that carry the earlier blocks (shared-plan.ts) +0.2 KB:
// 76.2 KB measured, limit 77 KB. The third read's own fixes (holds kept on pain days, the pain rule for running with
// hopping pain, strides advised after an easy run, the weaker side's volume kept) took it to 76.5 KB. The empty page is
// 42.6 KB. Tenth session, the third read's open findings: C47's reps ceiling with lowering on one leg and its sentences,
// hops taking the pause's time and strides after an easy run when the session is full, and the player's how-to line:
// +1.0 KB, 77.5 KB measured. A physiotherapist's read of those changes (strides after a run with their checks and
// frequency, the full-session sentences, the lowering's how-to for older runners) and reusing the plan views' parts:
// +0.7 KB, 78.2 KB measured, limit 79 KB. Still a KNOWN MISS of 50 KB. Eleventh session: strides after an easy run
// named by day (the engine's choice of days, the note's words, the today line: +0.45 KB measured on its own), C48's
// note for a count still flat after 12 weeks, the CSV's planned dose for every block (earlierPlans in the engine's
// chunk) and a drop's rest counted as it is lived: 78.5 -> 79.4 KB measured, limit 80 KB. Still a KNOWN MISS of 50.
// Twelfth session: a plan's requests to see a physiotherapist or doctor shown first, above today's session
// (ClinicianNotes, screen/clinician-notes.ts; a safety finding of the physiotherapist's read): 79.9 -> 80.2 KB
// measured. The sixth physiotherapist's read: C49's hold after two bad sessions in a row (adjust/worse-again.ts and its
// words), C40's return to the last dose done, C20 for the bent knee, the pain rule for running with calf pain or
// hopping pain over 5, session times after a set is cut, a later block's reserve note: 80.2 -> 81.2 KB measured,
// limit 82 KB. Still a KNOWN MISS of 50. Thirteenth session, a seventh physiotherapist's read of the living plan: C49
// steps back once more from a dose that failed again and counts across a retest, a block ending on a repeat or in pain
// keeps its reps (rule 8), C42 never heavier, C26 at the heel bone, held weeks and blocks say they hold, the calf
// machine for strong runners (C34), run first on hard days (C6): 81.4 -> 82.5 KB measured, limit 83 KB. Fourteenth
// session, an eighth physiotherapist's read and a phone review: the hop gates wait for a calm tendon, week 3 says why
// hops wait, a child's counts are not rated on adult norms, the figures load for paper once the plan is on the
// page, today's session says it is checked in, and a morning answer says what it means for the next session:
// 82.7 -> 84.0 KB measured, limit 85 KB. Fifteenth session, a ninth physiotherapist's read and a phone review: strides
// wait for raises on one leg, a repeated week keeps its reps in reserve, the morning answer words the morning apart
// from the session, the four weeks at a glance mark each day checked in and today, the morning check inside today's
// session: 84.6 -> 85.2 KB measured, limit 86 KB. Sixteenth session, a tenth physiotherapist's read and a phone review:
// the morning answer names the next calf session from the plan as it now stands, week 1's weights leave reps in
// reserve (C33), weeks already over fold away, the steps share a row with "Change my answers", a day without a calf
// session says to keep the next one for its day: 85.5 -> 87.0 KB measured, limit 88 KB. Still a KNOWN MISS of 50.
// Seventeenth session, two physiotherapist's reads: a hand on a support over 65 (C25), the check for strains on both
// sides (C13), "legs in turn" explained once, the reserve held until a load week (C33 in State, R11), heel-bone pain's
// flat-floor retest and feet-flat seated raise (R17): 87.0 -> 87.7 KB measured, limit unchanged. Still a KNOWN MISS.
// Eighteenth session: runs on hold with hopping pain over 5 (C22: the note, the strip's "Run on hold" and its key),
// 87.8 -> 88.0 KB measured; then week 2's reasons for no change named one by one instead of "the notes on your plan say
// why", and C4's seated-raise wording, net of the change sentences' dropped labels: 88.5 KB measured, limit 89 KB.
// Then a hold's "about 70% effort" explained in plain words, the retest's hop test waiting for C22's clinician and the
// physiotherapist's read's and phone review's wording: 88.8 KB measured. Still a KNOWN MISS.
// Nineteenth session: calf-muscle pain of 4/10 or more at rest refers like a warning sign (C50; its words load with the
// page's screening, so the empty page went 43.9 -> 44.1 KB), C46's warm-up timed and the load step's spare-reps
// condition only in 2-10% weeks: 88.8 -> 89.1 KB measured, limit 90 KB. Still a KNOWN MISS of 50.
// Twentieth session, a physiotherapist's read of the paper, calendar and CSV and a phone walkthrough: the player's
// how-to and load line for every drill, a rung week's sets per side, the dated block summary, the check-in's status
// chosen from the sets ticked, and a step back's cut of the holds (C39) with its words: 89.2 -> 90.0 KB measured,
// limit 91 KB. A second read of those changes (a step back names only the drills it cuts, the ladder's sets per side
// after week 4, a heel drop named as such, two knee positions agreeing on the weaker side, a kept weight's words in a
// later block's week 1, the player's how-to line with the plan's own notes, a step back saying what a second one brings):
// 90.6 KB measured; the second read's table labels and heel-raise-days note, 90.7 KB. Still a KNOWN MISS.
// Twenty-first session, a phone walkthrough: the session player as a history entry (Back asks before leaving), the first
// visit that lands where a new runner stopped, a heel question with its words for paper: 90.9 KB measured. The
// check-in's words for "Partly" load with the player (explain/check-in-words.ts), not with the page. Still a KNOWN MISS.
// Twenty-second session: the pain check before drill 1 (rule 7, C35, C23, C50) loads with the player, but it shows a
// referral and a "Why?", so the plan's views now import the page's ReferralView and "Why?" to hand them in
// (PainCheckParts): they move into a chunk shared with the form, 90.9 -> 91.1 KB measured (importing them in the player
// itself split them apart and cost 91.8). The form's question of where hopping hurt, its flags and the week's note on easy
// runs after a step back: 91.7 KB measured. Limit 92 KB. Still a KNOWN MISS of 50.
// Twenty-third session: heel pain at rest refers (C51; its words load with the page's screening, so the empty page went
// 45.3 -> 45.5 KB), a heel-bone cooldown's own figure, C6's day before a hard session named in week 1, and a skipped
// check-in without its score boxes: 91.8 -> 92.0 KB measured. Limit 93 KB. Still a KNOWN MISS of 50. Then a calf that
// hurt hopping starting on both legs (C22 with C3), a pain check's clinician referral kept above today's session (its
// answer saved with the check-in) and a physiotherapist's read of both: 92.8 KB measured (the empty page 45.7 KB). A
// second phone review's fixes (today's session on hold under that referral, its why in a fold): 92.9 KB measured;
// the four weeks at a glance holding the runs under it too: 93.0 KB measured. Limit 94 KB. Still a KNOWN MISS of 50.
// Twenty-fourth session: pain right now asked in the safety check and screened there ($safety; the empty page went
// 45.8 -> 46.1 KB), the strip holding calf sessions under a pain check's referral, C52's running limit for a sore calf
// muscle or shin, a referral's own "Change my answers" and C3's knee position: 93.1 -> 93.8 KB measured. A second
// physiotherapist's read and phone review (C13's check for a strained calf that hurts now, C52 in the session's check and
// the shin's note, a child's referral asking for a parent, "Change my answers" focused on the answer that stopped the
// plan): 94.1 KB measured. Limit 95 KB. Still a KNOWN MISS of 50.
// Twenty-fifth session, a physiotherapist's read and a phone review: the calf squeeze's hold timed per squeeze, plain
// words for the gates and symmetry, a held week's title, C53's shin check and the calf muscle's own hopping words, the
// printed check naming the shin, a parent named in a child's requests, and a "cleared by a clinician" answer for C13
// (its form field loads with the page: 46.2 -> 46.6 KB): 94.2 -> 95.1 KB measured. Limit 96 KB. Still a KNOWN MISS.
// Twenty-sixth session, two physiotherapist's reads and two phone reviews: C54 (a weaker calf no injury explains, its
// request and note), calf and shin hopping pain named together, a held block's week-2 focus, referrals in "what to do
// first" order with one "Why?" for its steps, "landings": 95.3 -> 96.0 KB measured (rounded; under 96 KB by less than 0.05), within the
// limit with nothing left. Still a KNOWN MISS of 50. Its second read (five plans read as a physiotherapist would): the
// bent-knee line says where a two-leg raise's extra set really is, and "both knee positions agree" is one measure for
// the summary and C54: 95.997 -> 96.048 KB measured. Limit 97 KB.
// Twenty-seventh session, a physiotherapist's read and two phone reviews: C13's running held until an old injury's
// check, with the retest's date in the request; a check-in and morning check that name each missing answer; the 0-10
// scores as buttons; hyphenated words kept whole in the what-changes table: 96.048 -> 96.441 KB measured (lazy code
// 22.553 -> 22.611). Limit unchanged. Still a KNOWN MISS of 50.
// Twenty-eighth session, two physiotherapist's reads and two phone reviews: C13 holds week 1's dose for a strain not
// cleared on the weaker side (its request, the held weeks' words, the retest's hop test waiting for the check, and a
// button from the request to the "Cleared" box), the strip's "on hold" on a phone, plain words after week 4 and for
// "intrinsic", C20's reason naming what set it off (page: 46.663 -> 46.821), the target line beside a clinician's
// request, the 4-5 pain day's expectation and the strides note: 96.461 -> 97.072 KB measured. Limit 98 KB. Then C13's
// two tiers (drops below a step waiting for any strain's check, with their note), the strip's plain "on hold", the
// 'Cleared' box's start-date hint (page: 46.908) and the what-changes table's keyboard focus: 97.333 KB measured. Still
// a KNOWN MISS of 50.
const LIMITS: Record<string, number> = { 'plan/index.html': 50 * KB, 'search/index.html': 16 * KB };
const limitFor = (page: string) => LIMITS[page] ?? 2 * KB;
/**
 * Lazy code on the plan page, measured 13.5 KB: the session player 5.3, the test tools 2.0, their shared timer and
 * sound code 1.2, the header search UI 1.5 (every page) and Preact signals 3.0 (Astro's island client imports it
 * only for signal props). 16 KB leaves room for the check-in's next fields. 20 KB since the calendar and backup
 * writers (ICS file, events, backup read/write: 1.6 KB measured) load on the click that needs them instead of with
 * the page (before-action 50.0 -> 49.3 KB). 22 KB since the pain check before drill 1 (its domain step, words and
 * form: 18.7 -> 20.4 KB measured; the physiotherapist's read of it, which changes a session the way the form would
 * have planned it: rule 17 at the heel bone, no hops in rule 12's band, last time's dose on a 4-5 day, 21.3 KB; its
 * second read and a phone review: the stop's decision first, errors beside their question, 21.9 KB), which
 * only a runner who presses Start loads. 23 KB since the twenty-third session: the pain check's answer kept with the
 * check-in (its schema) and rule 12's holds on a session day with tendon pain 3-5 (C32), kept within C30's 35 minutes:
 * 22.1 KB measured.
 */
const LAZY_LIMITS: Record<string, number> = { 'plan/index.html': 23 * KB };
/**
 * Code a page loads without any action once it has something to show: on /plan/, the plan's views
 * (PlanViews.tsx) load as soon as there is a plan, i.e. at once for a returning runner. They are a dynamic import, so
 * the graph above would file them as "lazy": here they are counted with the page instead, as a second state
 * ("with a plan": everything before an action plus these), with its own limit. Limit: see LIMITS.
 */
const STATE_CHUNKS: Record<string, { name: string; patterns: RegExp[]; limit: number }> = {
  'plan/index.html': {
    name: 'with a plan',
    // The views, and the engine that builds the plan (stores/engine.ts loads it as soon as answers are complete).
    patterns: [/\/PlanViews\.[\w-]+\.js$/, /\/create-plan\.[\w-]+\.js$/],
    limit: 98 * KB,
  },
};
const lazyLimitFor = (page: string) => LAZY_LIMITS[page] ?? Number.POSITIVE_INFINITY;
const WORKER_LIMIT = 16 * KB;
/** What a registration script contains whatever the minifier does: the API and the worker's file name. */
const registers = (code: string) => code.includes('navigator.serviceWorker') && code.includes('sw.js');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Bytes of a JS file plus everything it imports statically (each file counted once per page). Dynamic imports
 * with a literal path go into `lazy` (URLs) for the caller to count afterwards; `code` collects the text of what
 * loads up front, so the page can be checked for what it runs. */
function moduleGraph(url: string, seen: Set<string>, lazy: Set<string> = new Set(), code: string[] = []): number {
  const path = url.startsWith(BASE) ? url.slice(BASE.length) : url.replace(/^\//, '');
  const file = join(DIST, path.replace(/\?.*$/, ''));
  if (seen.has(file)) return 0;
  if (!existsSync(file)) {
    missing.add(url);
    return 0;
  }
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  code.push(text);
  let total = gz(text);
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    total += moduleGraph(spec.startsWith('/') ? spec : new URL(spec, `http://x${base}`).pathname, seen, lazy, code);
  }
  for (const m of text.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)) {
    lazy.add(m[1].startsWith('/') ? m[1] : new URL(m[1], `http://x${base}`).pathname);
  }
  return total;
}

const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
let failures = 0;
const stateRows: string[] = [];
const unregistered: string[] = [];
const rows: { page: string; bytes: number; limit: number; lazy: number; lazyLimit: number }[] = [];
for (const file of htmlFiles(DIST)) {
  const page = relative(DIST, file);
  const html = readFileSync(file, 'utf8');
  const seen = new Set<string>();
  const lazyUrls = new Set<string>();
  const code: string[] = [];
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = m[1].match(/\bsrc="([^"]+)"/)?.[1];
    if (src) bytes += moduleGraph(src, seen, lazyUrls, code);
    else if (!/type="application\/(ld\+)?json"/.test(m[1])) {
      code.push(m[2]);
      bytes += gz(m[2]);
    }
  }
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) {
    bytes += moduleGraph(m[1], seen, lazyUrls, code);
  }
  if (!code.some(registers)) unregistered.push(page);
  // Lazy parts, after everything loaded up front (so shared files count once, where they first load); a lazy part
  // may itself load another lazily, hence the loop over a growing set.
  const state = STATE_CHUNKS[page];
  let stateBytes = 0;
  if (state) {
    const urls = [...lazyUrls].filter((u) => state.patterns.some((p) => p.test(u)));
    for (const p of state.patterns) if (!urls.some((u) => p.test(u))) missing.add(`${page}: no chunk matching ${p}`);
    for (const url of urls) {
      lazyUrls.delete(url);
      stateBytes += moduleGraph(url, seen, lazyUrls);
    }
    const over = bytes + stateBytes > state.limit;
    if (over) failures += 1;
    stateRows.push(
      `${over ? 'OVER' : 'ok  '} ${kb(bytes + stateBytes)} KB of ${state.limit / KB} KB  ${page} ${state.name} (+${kb(stateBytes).trim()} KB on load)`,
    );
  }
  let lazy = 0;
  for (const url of lazyUrls) lazy += moduleGraph(url, seen, lazyUrls);
  const row = { page, bytes, limit: limitFor(page), lazy, lazyLimit: lazyLimitFor(page) };
  rows.push(row);
  if (row.bytes > row.limit || row.lazy > row.lazyLimit) failures += 1;
}

rows.sort((a, b) => b.bytes - a.bytes);
console.log('       before any action         lazy (after an action)');
for (const r of rows.slice(0, 8)) {
  const over = r.bytes > r.limit || r.lazy > r.lazyLimit;
  const lazyLimit = Number.isFinite(r.lazyLimit) ? ` of ${r.lazyLimit / KB} KB` : '';
  console.log(
    `${over ? 'OVER' : 'ok  '} ${kb(r.bytes)} KB of ${r.limit / KB} KB  ${kb(r.lazy)} KB${lazyLimit.padEnd(9)}  ${r.page}`,
  );
}
for (const line of stateRows) console.log(line);
console.log(`${rows.length} pages checked, ${failures} over budget`);

// The service worker: sw.js and the Workbox runtime it loads (./workbox-<hash>.js).
const sw = join(DIST, 'sw.js');
let workerBytes = 0;
if (existsSync(sw)) {
  const text = readFileSync(sw, 'utf8');
  workerBytes = gz(text);
  for (const m of new Set(text.match(/workbox-[\w-]+(?=["'.])/g) ?? [])) {
    workerBytes += gz(readFileSync(join(DIST, `${m}.js`)));
  }
}
const workerOver = !workerBytes || workerBytes > WORKER_LIMIT;
console.log(
  `${workerOver ? 'OVER' : 'ok  '} ${(workerBytes / KB).toFixed(1).padStart(6)} KB of ${WORKER_LIMIT / KB} KB  service worker (sw.js + Workbox runtime; not on the page's main thread)`,
);
if (!workerBytes) console.error('No dist/sw.js: the build did not write the service worker (scripts/postbuild.ts).');
if (unregistered.length) {
  console.error(
    `Pages that do not register the service worker in a script counted here: ${unregistered.slice(0, 3).join(', ')}`,
  );
}
if (missing.size) {
  console.error(
    `Scripts named by the pages but not found in dist/ (built with another BASE? run with the same BASE): ${[...missing].slice(0, 3).join(', ')}`,
  );
}
process.exit(failures || missing.size || workerOver || unregistered.length ? 1 : 0);
