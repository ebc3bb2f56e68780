// Technical words a drill's name can hold, each explained once in plain words where it first appears in a plan
// (issue 13: "each technical word gets a short explanation where it first appears"). Pushoff's own wording.
import { inTurn, legsInTurnFor, type Plan } from '../../domain/index.ts';

export type PlainWord = { term: string; meaning: string };

export const PLAIN_WORDS: readonly PlainWord[] = [
  { term: 'isometric', meaning: 'held still: the calf works hard while the ankle does not move' },
  { term: 'eccentric', meaning: 'only the lowering half of the raise, done slowly' },
  { term: 'soleus', meaning: 'the deeper calf muscle, which works most with the knee bent' },
  { term: 'dorsiflexion', meaning: 'the toes and shin moving towards each other' },
  { term: 'plantarflexion', meaning: 'pointing the foot down, as in rising onto the toes' },
  { term: 'intrinsic', meaning: 'the small muscles inside the foot, which hold up its arch' },
  { term: 'plyometric', meaning: 'quick, springy hops that train the tendon to store and give back energy' },
];

/** The technical words a drill's title holds that `seen` has not explained yet. */
const unexplained = (title: string, seen: ReadonlySet<string>) =>
  PLAIN_WORDS.filter((w) => !seen.has(w.term) && title.toLowerCase().includes(w.term));

/** Every technical word in a drill's title, for a screen that shows one drill at a time (the session player). */
export const wordsIn = (title: string) => unexplained(title, new Set());

/** A drill-title function that adds the plain meaning of each technical word the first time it meets it: for a screen
 * read on its own, such as the session player's changed session (phone review: "isometric" and "eccentric" there, with
 * no plan around them to explain the words). */
export function explainedOnce(title: (id: string) => string): ExplainedOnce {
  const seen = new Set<string>();
  const fresh = (t: string) => {
    const words = unexplained(t, seen);
    for (const w of words) seen.add(w.term);
    return words;
  };
  const named = (id: string) => {
    const t = title(id);
    const words = fresh(t);
    return words.length ? `${t} (${words.map((w) => `${w.term}: ${w.meaning}`).join('; ')})` : t;
  };
  // Phone review: a swap with a gloss on each name ("In place of A (…): B (…)") read as one long name.
  const meanings = (ids: readonly string[]) =>
    ids
      .flatMap((id) => fresh(title(id)))
      .map((w) => `${w.term[0].toUpperCase()}${w.term.slice(1)} means ${w.meaning}.`)
      .join(' ');
  return Object.assign(named, { plain: title, meanings });
}

/** A drill's title with its new words explained after it; `plain` the title alone, and `meanings` the new words of
 * some drills as sentences of their own, for a line that names two drills at once. */
export type ExplainedOnce = ((id: string) => string) & {
  plain: (id: string) => string;
  meanings: (ids: readonly string[]) => string;
};

/** Not a word in a name but a hold's effort (rule 12's "about 70% effort"): the physiotherapist's read found nothing
 * saying how hard that is, and on body weight a hold can be far lighter. The drill pages say the same at more length. */
export const effortWord = (percent: number): PlainWord => ({
  term: `about ${percent}% effort`,
  meaning: 'hard but steady, with a little left at the end; if a hold feels easy, wear a backpack with some weight',
});

/** Where a word is first explained: the first session (by date) that holds the drill, and the drill. */
export const mentionKey = (date: string, drill: string) => `${date}|${drill}`;

/**
 * For each drill row that first shows a technical word in the plan's order (weeks, sessions, drills), the words to
 * explain there. A row is keyed by its session's date and drill (mentionKey); later rows explain nothing again.
 */
export function firstMentions(plan: Plan, drillTitles: Record<string, string>): Map<string, PlainWord[]> {
  const seen = new Set<string>();
  const out = new Map<string, PlainWord[]>();
  const legs = legsInTurnFor(plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.drills)));
  for (const week of plan.weeks)
    for (const s of week.sessions)
      for (const d of s.drills) {
        const words = unexplained(drillTitles[d.drill] ?? '', seen);
        if (!seen.has(legs.term) && inTurn(d)) words.push(legs);
        const effort = d.effortPercent != null ? effortWord(d.effortPercent) : null;
        if (effort && !seen.has(effort.term)) words.push(effort);
        for (const w of words) seen.add(w.term);
        if (words.length) out.set(mentionKey(s.date, d.drill), words);
      }
  return out;
}
