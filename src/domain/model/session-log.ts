// The training log: one entry per session the runner checked in, kept on the device. ONE zod schema for the
// check-in after a session (issue 13) and the training log (issue 14): status, effort and pain during, optionally
// what each drill really was on each side, and later the next-morning answer (rule 8's 24-hour response).
// zod/mini, like the Baseline: it validates in the browser. `version` lets a later shape migrate old logs.
import * as z from 'zod/mini';
import { isIsoDate } from './baseline.ts';
import { PAIN_LOCATIONS } from './vocabulary.ts';

export const SESSION_LOG_VERSION = 1;
export const SESSION_STATUSES = ['done', 'partly', 'skipped'] as const;
/** Next-morning stiffness against the runner's usual (rule 8: back to usual, not back, worse). */
export const STIFFNESS = ['usual', 'more', 'much-more'] as const;

const score = (what: string) => {
  const error = `Give ${what} as a whole number from 0 to 10.`;
  return z.int({ error }).check(z.minimum(0, { error }), z.maximum(10, { error }));
};
// A real calendar day (review: 2025-02-30 was accepted from a file); a stored log holding one loses only that entry
// (log-storage.ts reads entry by entry).
const isoDate = z
  .string({ error: 'Give the date as YYYY-MM-DD.' })
  .check(z.refine(isIsoDate, { error: 'Give a real date as YYYY-MM-DD.' }));
const count = (max: number, what: string) => {
  const error = `Give ${what} as a whole number from 0 to ${max}.`;
  return z.int({ error }).check(z.minimum(0, { error }), z.maximum(max, { error }));
};

/** The pain check before a session (rule 7, C35; C23, C50, C51 refer): pain right now 0-10, where it is, and whether it
 * has got worse day on day. Kept with the check-in, so a referral it gave stays on the plan page (phone review: the plan
 * went on showing runs after the check said "see a clinician"). */
export const painCheckAnswerSchema = z.object({
  painNow: score('pain right now'),
  painLocations: z
    .array(z.enum(PAIN_LOCATIONS, { error: `Choose from: ${PAIN_LOCATIONS.join(', ')}.` }))
    .check(z.refine((a) => new Set(a).size === a.length, { error: 'List each place only once.' })),
  worsening: z.boolean({ error: 'Answer yes or no.' }),
});
export type PainCheckAnswer = z.infer<typeof painCheckAnswerSchema>;

/** What one side really did in one drill: reps (or foot contacts) in all, and added load in kg. */
const sideDone = z.object({
  reps: z.nullish(count(1000, 'the reps done')),
  /** Added load in kg (0 = body weight only). */
  loadKg: z.nullish(z.number().check(z.minimum(0), z.maximum(500))),
});

export const sessionLogEntrySchema = z
  .object({
    /** The session's date as planned, and its place in the plan: week 1-4 (later blocks go on counting), session from 1. */
    date: isoDate,
    week: count(520, 'the week number').check(z.minimum(1)),
    session: count(21, 'the session number').check(z.minimum(1)),
    status: z.enum(SESSION_STATUSES, { error: 'Choose done, partly or skipped.' }),
    /** Effort 0-10 and pain during 0-10 (rule 7); null for a skipped session. */
    effort: z.nullable(score('effort')),
    painDuring: z.nullable(score('pain during the session')),
    /** Pain during of 4-5 was in the calf muscle: asked when the plan keeps the calf to 3/10 (C52, calf-limit.ts). */
    painDuringCalf: z.optional(z.boolean({ error: 'Answer yes or no.' })),
    drills: z.optional(
      z.array(
        z.object({
          /**
           * A drill id (kebab-case). Checked for form, not against today's catalogue: a log outlives catalogue
           * changes, and one renamed drill must not make a whole log unreadable. (It also keeps the engine's
           * catalogue out of the lazily loaded check-in.)
           */
          drill: z.string().check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'Give the drill as its id.' })),
          left: z.optional(sideDone),
          right: z.optional(sideDone),
        }),
      ),
    ),
    /** A session C49 holds, done once a physiotherapist or doctor had checked the calf and cleared the runner to train:
     * after C49's stop the sessions after it go on, before any stop its request is answered (adjust/worse-again.ts).
     * Asked only for a session C49 holds. */
    cleared: z.optional(z.boolean({ error: 'Answer yes or no.' })),
    /** The pain check answered before this session, when it was asked. */
    painCheck: z.optional(painCheckAnswerSchema),
    /** The morning after (rule 8): pain 0-10 and stiffness against the runner's usual. */
    nextMorning: z.optional(
      z.object({ pain: score('next-morning pain'), stiffness: z.enum(STIFFNESS, { error: 'Choose a stiffness.' }) }),
    ),
  })
  .check(
    z.refine((e) => e.status === 'skipped' || (e.effort !== null && e.painDuring !== null), {
      error: 'Give effort and pain during for a session you did.',
    }),
  );

export const sessionLogSchema = z.object({
  version: z.literal(SESSION_LOG_VERSION, { error: 'This log is from another version of Pushoff.' }),
  entries: z.array(sessionLogEntrySchema),
});

export type SessionLogEntry = z.infer<typeof sessionLogEntrySchema>;
export type SessionLog = z.infer<typeof sessionLogSchema>;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const emptyLog = (): SessionLog => ({ version: SESSION_LOG_VERSION, entries: [] });

/** What a check-in is known by: its session's planned date, week and number. One key for every reader of the log. */
export type SessionKey = Pick<SessionLogEntry, 'date' | 'week' | 'session'>;
export const sameSession = (a: SessionKey, b: SessionKey): boolean =>
  a.date === b.date && a.week === b.week && a.session === b.session;

/** The log with `entry` in it: a second check-in for the same session (date, week, session) replaces the first. */
export function withEntry(log: SessionLog, entry: SessionLogEntry): SessionLog {
  const entries = [...log.entries.filter((e) => !sameSession(e, entry)), entry].sort((a, b) =>
    a.date === b.date ? a.session - b.session : a.date < b.date ? -1 : 1,
  );
  return { ...log, entries };
}
