// Technical words a runner does not use, and the check that each is explained in plain words where it first appears
// on a page (issue 16: a drill intro said "gastrocnemius" and never said what it was). Pure: the unit test
// (tests/unit/content/plain-terms.test.ts) feeds it every page of content/ in reading order, each page's title with
// the summary under it, and the rules page (src/lib/rules-page.ts). The plan has its own short list with meanings
// (src/components/plan/plain-words.ts) because it explains words in generated rows.
import { drillTags } from './drill-tags.ts';

/** The words, matched from the start of a word and case-insensitively ("Plyometrics", "dorsiflexed"). */
export const TECHNICAL_TERMS = [
  'gastrocnemius',
  'soleus',
  'plantar fasci', // fascia, fasciitis
  'fasciopathy',
  'eccentric',
  'isometric',
  'plyometric',
  'dorsiflex',
  'plantarflex',
  'insertional',
  'tendinopathy',
  'medial tibial',
  'neuromuscular',
  'heavy slow resistance',
  'intrinsic',
  'periodised',
  'deload',
  'RPE',
  'windlass',
] as const;

// An explanation right after the term, at most three words on ("eccentric heel drops (lowering ...)"):
// a parenthesis in words (not a citation such as "(Dorn 2012)" or "(rule 6)"), an apposition (", the deep calf
// muscle"), a colon and its words, or "means ...".
// The words stay on the term's line: a tag, title or list item ends at its line break, and the next one's words
// do not explain it.
const AFTER =
  /^[\w-]*(?:[^\S\n]+[\w'’-]+){0,3}?(?:[^\S\n]*\((?!rule\b|see\b)[a-z]|,\s+(?:the|a|an|or|that is|which|meaning|in other words)\s|:\s+[a-z]|\s+(?:means|refers to|is the (?:\w+ )?name for)\s)/;
// Or the term named after its plain words, in brackets: "perceived effort (RPE)", "(the windlass effect)".
const BEFORE = /\((?:the\s+)?$/;

// Upper-case terms are abbreviations: matched as written, so "rpe" inside a word never counts.
const termRe = (term: string) => new RegExp(`\\b${term.replace(/ /g, '\\s+')}`, term === term.toUpperCase() ? '' : 'i');

/** The technical words whose first use in `prose` comes without a plain explanation. */
export function unexplainedTerms(prose: string): string[] {
  const out: string[] = [];
  for (const term of TECHNICAL_TERMS) {
    const m = termRe(term).exec(prose);
    if (!m) continue;
    const after = prose.slice(m.index + m[0].length);
    if (!AFTER.test(after) && !BEFORE.test(prose.slice(0, m.index))) out.push(term);
  }
  return out;
}

type Term = (typeof TECHNICAL_TERMS)[number];
// What a summary may say instead of repeating a word of the title above it: the word's plain meaning, as the site
// words it ("holding still" under "Double-leg isometric hold", "the muscles inside the foot" under "Intrinsic").
const MEANINGS: Partial<Record<Term, RegExp>> = {
  gastrocnemius: /\bupper calf muscle|\bthe (?:two )?calf muscles\b/i,
  soleus: /\bdeep(?:er)? calf muscle|\bthe (?:two )?calf muscles\b/i,
  'plantar fasci': /\bunder the heel\b/i,
  eccentric: /\blower(?:s|ing)? slowly\b/i,
  isometric: /\bhold(?:s|ing)? still\b/i,
  plantarflex: /\bpoint(?:s|ing)? the foot\b/i,
  dorsiflex: /\b(?:pull|draw)(?:s|ing)? the toes up\b|\bthe knee towards\b/i,
  insertional: /\b(?:joins|meets) the (?:back of the )?heel bone\b/i,
  tendinopathy: /\bpain\b[^.]*\btendon\b/i,
  intrinsic: /\bmuscles inside the foot\b/i,
  deload: /\blighter week\b/i,
};
const uses = (term: string, text: string) => termRe(term).test(text);

/** Technical words of a title that neither the title itself nor the summary right under it explains: the summary
 * names the word with its explanation, or says what it means in plain words. Page titles and the cards of the index
 * pages both show a title over its summary. */
export function unexplainedInTitle(title: string, summary: string): string[] {
  const bare = unexplainedTerms(summary);
  return unexplainedTerms(title).filter(
    (t) => !((uses(t, summary) && !bare.includes(t)) || MEANINGS[t as Term]?.test(summary)),
  );
}

/** MDX body as read on the page: headings (section names, not prose), imports and tags dropped, links as text. */
export function mdxProse(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\s*(#|import\s|export\s|<)/.test(line))
    .join('\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
}

type Data = Record<string, unknown>;
const texts = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(texts)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(texts)
        : [];

// What each page type shows around its MDX body, in reading order (the page templates under src/pages and
// src/components/drill). The title is checked with the summary under it (unexplainedInTitle). A drill's tags follow
// its summary; its phase links and dose-table rows show phase names, each explained by its own page's summary.
const AROUND: Record<string, { before: string[]; after: string[] }> = {
  drills: { before: ['summary', 'tags', 'figureAlt'], after: ['faults', 'cautions', 'safety', 'noEquipment'] },
  cues: { before: ['summary', 'cue', 'fixes'], after: ['misreadings'] },
  phases: { before: ['summary', 'doThis', 'goal', 'entryGate'], after: ['readyToMoveOn'] },
  injuries: { before: ['summary', 'doThis'], after: ['planChanges', 'redFlags', 'drillChanges'] },
  guides: { before: ['summary', 'doThis'], after: [] },
};

/** A page's words in the order a reader meets them: front matter shown above the body, the body, then below it.
 * Reference ids (drill ids in a table row, injury ids in a caution) are skipped: the page shows titles there. */
export function pageProse(collection: string, data: Data, body: string): string {
  const around = AROUND[collection] ?? { before: ['summary'], after: [] };
  const pick = (keys: string[]) =>
    keys.flatMap((k) =>
      k === 'tags'
        ? Array.isArray(data.muscles)
          ? drillTags(data as Parameters<typeof drillTags>[0]).map((t) => t.text)
          : []
        : texts(k === 'drillChanges' || k === 'cautions' ? strip(data[k], ['drills', 'injury']) : data[k]),
    );
  return [...pick(around.before), mdxProse(body), ...pick(around.after)].join('\n');
}
const strip = (v: unknown, keys: string[]) =>
  Array.isArray(v) ? v.map((x) => Object.fromEntries(Object.entries(x as Data).filter(([k]) => !keys.includes(k)))) : v;
