// The ONE rule registry. R1-R19 are the rows of rules.md (Pushoff's plan rules); C1.. are conventions the
// engine needs that rules.md does not settle. Every decision in a plan carries ids from here, and the
// "how plans are built" page renders this list as it stands, so statements are written for runners.

export type Evidence = 'research' | 'expert-opinion' | 'convention';
export type RuleDef = {
  id: string;
  title: string;
  /** One-line reason in plain words. */
  statement: string;
  /** Figures behind the rule, when there are any. */
  numbers?: string;
  /** Short-form sources, matching the source list of rules.md. */
  source: string;
  evidence: Evidence;
};

const RULE_LIST = [
  {
    id: 'R1',
    title: 'How the heel-raise test is done',
    evidence: 'research',
    source: 'Hebert-Losier 2017; Sleeswijk Visser 2025',
    statement:
      'Each leg does straight-knee single-leg heel raises to a 60 bpm metronome, heel as high as possible, until the heel stops lifting, the beat is lost, the knee or trunk bends, or you need more than fingertip support. Pushoff adds rule 8’s limit for pain during exercise: stop too if pain turns sharp or goes over 5/10 (not part of the published protocol).',
    numbers:
      'Up on one beat, down on the next (30 reps a minute); 10 degree incline or flat floor; warm-up 10 double-leg raises; 2 min rest between legs',
  },
  {
    id: 'R2',
    title: 'Compare with people like you',
    evidence: 'research',
    source: 'Hebert-Losier 2017; Sleeswijk Visser 2025; Lunsford & Perry 1995',
    statement:
      'Your count is compared with typical counts for your age and sex, not with one fixed number for everyone.',
    numbers:
      'Median 25 (dominant) / 24 (non-dominant), n=500; men 24, women 21 (n=566); mean 27.9 (SD about 10-11) ages 20-59; approximate age bands men 37/32/28/23, women 30/27/24/21 for the 20s/30s/40s/50s',
  },
  {
    id: 'R3',
    title: 'Runner-ready is a target, not a norm',
    evidence: 'expert-opinion',
    source: 'Clinic criteria',
    statement:
      'Clinics aim for 25 or more raises on each side with the sides within 10% of each other, and often 30 in a row; this is a goal to work towards, not what is normal.',
    numbers: '25+ reps each side, under 10% asymmetry; 30 continuous reps',
  },
  {
    id: 'R4',
    title: 'Retest after week 4',
    evidence: 'research',
    source: 'Hebert-Losier 2017',
    statement:
      'Repeat the test after week 4. A change of less than about 6 reps can come from the test itself rather than from you.',
    numbers: 'Between-day 95% limits of agreement about +/-6 reps',
  },
  {
    id: 'R5',
    title: 'Symmetry: under 90%, the weaker side first with an extra set',
    evidence: 'expert-opinion',
    source: 'Clinic criteria',
    statement:
      'Symmetry is the weaker side divided by the stronger side. Under 90%, the weaker side goes first and gets one extra set, and single-leg hops wait until you reach 90%.',
    numbers: 'Symmetry = weaker / stronger x 100; threshold 90% (within 10%)',
  },
  {
    id: 'R6',
    title: 'Train the calf with the knee straight and bent',
    evidence: 'research',
    source: 'Dorn 2012; Reiter 2024; Baxter 2021',
    statement:
      'Every plan works both knee positions, because the soleus (the deeper calf muscle, worked most with the knee bent) carries much of the running load. Seated raises without added weight load the Achilles too little to build strength, so they appear only with weights or a calf machine.',
    numbers:
      'Soleus about 6.7-8.7x body weight in running, Achilles 8-10x; body-weight seated raise about 0.5x body weight; no bent-knee norms exist, so only symmetry is judged',
  },
  {
    id: 'R7',
    title: 'Pain traffic light',
    evidence: 'research',
    source: 'Silbernagel 2007',
    statement:
      'Pain right now of 0-3/10 is fine, 4-5 is acceptable, and over 5 means no loading today. The model was made for tendon pain: calf-muscle pain (C50) or pain under the heel (C51) of 4 or more at rest is checked first.',
    numbers: '0-3 safe, 4-5 acceptable, over 5 no loading',
  },
  {
    id: 'R8',
    title: 'The 24-hour rule',
    evidence: 'research',
    source: 'Silbernagel 2007; Rathleff 2015',
    statement:
      'Step up only if pain and stiffness are back to your usual level by the next morning and are not creeping up week by week; otherwise repeat the last dose or step back.',
    numbers: 'Pain during exercise at most 5/10',
  },
  {
    id: 'R9',
    title: 'Sessions 48 hours apart',
    evidence: 'research',
    source: 'Beyer 2015; Rathleff 2015; ACSM 2009; Alfredson 1998',
    statement:
      'Loaded calf sessions sit at least 48 hours apart. With one session a week the dose steps up only every second session, and two sessions are never squeezed into one. The twice-daily Alfredson protocol treats tendinopathy (a painful, overloaded tendon), so its volume is not copied here.',
    numbers: '2-3 sessions a week; Alfredson (3x15 straight + 3x15 bent knee, twice a day for 12 weeks) is not used',
  },
  {
    id: 'R10',
    title: 'Slow training tempo',
    evidence: 'research',
    source: 'Beyer 2015; Rathleff 2015',
    statement:
      'Loaded raises go slowly, about 3 seconds up and 3 seconds down, or with a 2-second hold at the top. The quicker rhythm of the test is for testing only.',
    numbers: '3 s up / 3 s down; Rathleff 3 up / 2 hold / 3 down; 2 up / 3 down is in range; test tempo 2 s a rep',
  },
  {
    id: 'R11',
    title: 'One change at a time',
    evidence: 'research',
    source: 'ACSM 2009; Beyer 2015; Praet 2019',
    statement:
      'Each step changes one thing: load, reps, tempo, range, single-leg work or hops. Weekly load rises by 10% at most, and added weight goes up by 2-10% once you can do 1-2 reps more than the target.',
    numbers:
      'Week-to-week load at most +10%; +2-10% load; heavy slow resistance ladder (heavy, slow raises; 15RM is a weight you could lift about 15 times) 3x15RM, 3x12RM, 4x10RM, 4x8RM, 4x6RM over 12 weeks',
  },
  {
    id: 'R12',
    title: 'Holds are a tolerable load',
    evidence: 'research',
    source: "Rio 2015; O'Neill 2019; van Ark 2016",
    statement:
      'Isometric (held still) holds give the calf and tendon a load you can usually tolerate, also when a tendon hurts (3-5/10). They are not promised to relieve pain. While a tendon hurts 3-5/10, the plan gives holds and no hops; hops wait for a test without that pain.',
    numbers: '5 x 45 s at about 70% effort, 2 min rest',
  },
  {
    id: 'R13',
    title: 'The gate before hops',
    evidence: 'expert-opinion',
    source: 'Clinic criteria; Praet 2019',
    statement:
      'Hops start only once you manage 25 or more single-leg heel raises on each side, 90% symmetry or better, and no more than 2/10 pain while hopping. Double-leg hops come before single-leg hops. The gate depends on you, never on the week number.',
    numbers: '25+ reps each side; symmetry 90%+; hop pain 2/10 or less',
  },
  {
    id: 'R14',
    title: 'How much hopping',
    evidence: 'expert-opinion',
    source: 'NSCA (secondary); Baxter 2021',
    statement:
      'First hop sessions use 25-50 landings, and newcomers stay under 80-100 foot contacts a session, with 48-72 hours between hop sessions. Drills are ordered by Achilles load, from seated raises (lowest) to single-leg hops (highest).',
    numbers: '25-50 landings at first; at most 80-100 contacts a session; 48-72 h apart',
  },
  {
    id: 'R15',
    title: 'Back to running',
    evidence: 'expert-opinion',
    source: 'Praet 2019; George 2024',
    statement:
      'After a calf problem, running drills wait for 30 minutes of pain-free walking, 10-15 pain-free hops and single-leg hop counts within 10% of each other. Running distance rises by 20% a week at most.',
    numbers: '30 min walking; 10-15 hops; hop counts within 10%; distance at most +20% a week',
  },
  {
    id: 'R16',
    title: 'If a calf cramps',
    evidence: 'research',
    source: 'Miller 2022; Nelson & Churilla 2016',
    statement:
      'Stop the set and stretch gently; do the next set with less range, a slower tempo or fewer reps. Cramps mostly come from nerve and muscle fatigue.',
  },
  {
    id: 'R17',
    title: 'Heel-bone (insertional) Achilles pain',
    evidence: 'research',
    source: 'Jonsson 2008',
    statement:
      'With pain where the Achilles meets the heel bone, raises stay at floor level: no lowering below a step and no stretching into dorsiflexion (toes drawn up towards the shin).',
  },
  {
    id: 'R18',
    title: 'Red flags stop the plan',
    evidence: 'expert-opinion',
    source: 'Pushoff red-flag list (see the injury notes)',
    statement:
      'Signs that may point to a tendon rupture, a calf tear, a blood clot, a bone stress injury or a heel problem stop the plan: you are pointed to a clinician, urgently where marked, and no exercises are shown.',
  },
  {
    id: 'R19',
    title: 'Keep going after week 4',
    evidence: 'research',
    source: 'Bohm 2015',
    statement:
      'Four weeks will not remodel a tendon. Keep training after week 4 and retest; bigger tendon changes show from about 12 weeks.',
    numbers: 'Larger effects from 12 weeks on',
  },
  {
    id: 'C1',
    title: 'How urgent the other red flags are',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      'The sources grade a possible rupture (same day) and a possible clot (emergency). For signs of a calf tear, a bone stress injury or a heel problem, Pushoff says "see a clinician soon", meaning within days rather than weeks.',
  },
  {
    id: 'C2',
    title: 'Starting dose of raises and holds',
    evidence: 'convention',
    source: 'Pushoff convention; range from R11, holds from R12',
    statement:
      'Each leg starts with 3 sets of half its own test count, rounded down and kept between 6 and 15 reps, with 2 minutes of rest. Loaded seated raises start at 3 x 15 with a weight you could lift about 15 times. Holds follow C32.',
    numbers: 'Reps per set = half the count, 6-15; 3 sets; 120 s rest',
  },
  {
    id: 'C3',
    title: 'Double-leg start',
    evidence: 'convention',
    source: 'Pushoff convention; 15 is the first rung of the R11 ladder',
    statement:
      'If your weaker leg managed fewer than 15 raises in a knee position, that position starts with raises on both legs at 3 x 15; when that is the straight knee, the holds are on both legs too. Hopping that hurt the calf muscle over 5/10 starts both positions on both legs the same way, whatever the counts, with no weight, until a clinician has checked it (C22).',
    numbers: 'Weaker leg under 15 reps',
  },
  {
    id: 'C4',
    title: 'Bent-knee dose without a bent-knee test',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      'If you skipped the bent-knee test, bent-knee work is dosed from your straight-knee counts until you test it. A loaded seated raise takes its reps from its weight, so there the straight-knee counts decide which leg goes first and whether one side gets an extra set.',
  },
  {
    id: 'C5',
    title: 'The weekly load index',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      "Weekly volume per leg counts each loaded rep once for every leg that does it. A hold counts its seconds divided by 6 (one slow 3 s up, 3 s down rep). A rep counts 1 at its starting weight (body weight, or the seated raise's 15-rep weight) multiplied by 1.1 for each load step, the top of the 2-10% step. A raise dosed by its repetition maximum (C34, C38) counts 1 a rep on every rung: its weight is set by your own maximum. Hops are counted apart as landings per leg; mobility, activation and strides are not counted.",
    numbers: 'Hold = seconds / 6; a rep x 1.1 for each load step',
  },
  {
    id: 'C6',
    title: 'Choosing session days',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      'Loaded sessions go on the same weekdays each week, at least 48 hours apart, away from the day before your long run or a hard session, your hard-session days and the long-run day itself. If no day is free of all of these, the plan takes the day with the fewest clashes and says so; ties go to the days that are not the day before a hard session, then the widest spacing, then the earliest day. A session that still falls on the day before a hard session is named in the notes of every week (each printed week stands alone), with the next-morning check of rule 8 read for the run: if the calves are stiff the next day, run the hard session easier. On a day with a hard session or the long run, the run comes first and the calf session after it, later in the day where possible, so the run is not done on calves tired from loading. On the day before one, the note says to take that run easier if the calves are still stiff the next morning (the next-morning check of rule 8, read for the run).',
  },
  {
    id: 'C7',
    title: 'Which thing changes each week',
    evidence: 'convention',
    source: 'Pushoff convention; micro-cycle themes from coaching practice',
    statement:
      'Week 1 sets the starting dose. Week 2 adds range off a step if you have one, no heel-bone pain and raises on one leg (a drop lowers on one leg), otherwise a pause at the top. Week 3 adds double-leg hops if that gate is open, otherwise more reps, then load. Week 4 swaps some double-leg hops for single-leg hops if that gate is open, otherwise adds load, then reps. A step that would break another rule is skipped.',
  },
  {
    id: 'C8',
    title: 'Four micro-cycles, daily activation in week 1',
    evidence: 'convention',
    source: 'Pushoff convention (coaching practice)',
    statement:
      'The block runs four one-week micro-cycles: foundation, strength, elastic and integration. In week 1, short activation drills fill the days without a loaded session.',
  },
  {
    id: 'C9',
    title: 'Mobility, activation and strides doses',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement: 'Warm-up, activation, cooldown and strides doses are coaching habits rather than trial figures.',
    numbers:
      'Soft tissue 30 s per calf; knee-to-wall and plantarflexion (pointing the foot) 1 x 10 per side; foot work 2 x 10 per side; calf squeeze 1 set of 5 squeezes per side, each held about 10 s; band work 2 x 15; cooldown 1 x 30 s per side; strides 4 x 20 s with 60 s rest',
  },
  {
    id: 'C10',
    title: 'Hop sets',
    evidence: 'convention',
    source: 'Pushoff convention within R14',
    statement:
      "The first hop week uses 3 x 10 double-leg landings. The single-leg step keeps 2 x 10 double-leg landings and adds 1 x 10 single-leg landings per side, so landings per leg stay the same. Rest 60 s between hop sets. Later blocks keep this volume: the hops get harder by moving onto one leg, not by more landings. That is a Pushoff choice, not a rule: rule 14 gives no progression past the first sessions' 25-50 landings, and one more set of 10 would be a third more hopping in one week, over rule 11's 10%. A double-leg hop set taken out to keep a session within about 35 minutes (C30, as when a heavier rung adds a fourth set, C41) stays out for the rest of the plan, even if a later rung's fewer reps free a little time: a limit of this plan, not a rule. More hopping than this is for a coach or physiotherapist to add.",
    numbers: '30 landings, then 40 landings (30 per leg); 60 s rest',
  },
  {
    id: 'C11',
    title: 'Order inside a session',
    evidence: 'convention',
    source: 'Pushoff convention; end points from R14',
    statement:
      'A loaded session starts with mobility, runs its calf work from the lowest to the highest Achilles load, then strides, and ends with the cooldown. Rule 14 fixes the two ends; the ranking in between is a convention. The weaker side goes first at any gap (rule 5 asks for it under 90%); with equal sides, the left side goes first.',
  },
  {
    id: 'C12',
    title: 'Reading your count against the norms',
    evidence: 'convention',
    source: 'Pushoff convention; noise band from R4',
    statement:
      'A count within 6 reps of the typical value reads as "about typical", because that is the test\'s day-to-day noise. Without age and sex, or under 20, the pooled medians are used. From 60 on, the 50s band stands in: it is the closest band the plan has figures for (the study itself tested older people too), so that comparison is read loosely.',
  },
  {
    id: 'C13',
    title: 'When to suggest a clinician check',
    evidence: 'convention',
    source: 'Pushoff convention; thresholds from R5, and from R2, R3 and R4 for a strain on both sides',
    statement:
      'When your sides differ by more than 10% and you have had a calf strain or Achilles tendinopathy, the plan asks for a clinician check, before the retest, that the old injury has fully recovered, and running stays where it is until then (week 4 gives no running increase); with a gap as wide as C54 asks about first, the check comes before week 3, which keeps week 2’s dose until it is done, as C54 says. When that old injury is a strain, not yet cleared, on a side clearly weaker by C54’s measure (apart by the test’s noise of 6 reps, or in both knee positions together, and short of the runner-ready 25 unless 12 or more apart), the check is asked for within the first week and the block keeps week 1’s dose until then, as for a strained calf that hurts now (below). Whatever the gap, and with a strain on either side, drops below step level wait for a clinician’s check of any strain not yet cleared: week 2 would otherwise lower that calf below a step before anyone has checked it (two physiotherapist’s reads); with a gap as wide as C54 asks about first (the weaker side under 15 raises, or 12 or more apart), it asks for the check to be booked, sooner if the calf hurts or weakens (physiotherapist’s reads: an untimed “can check”, beside week 4’s running increase). A strain on one side counts only when that side is the weaker one: a stronger injured side is no sign that it has not recovered. A strain on both sides, or an Achilles history (whose side the form does not ask), counts either way. With a strain on both sides, equal sides prove nothing (both may be short of full recovery), so the check is also suggested when a side’s straight-knee count is short of the runner-ready 25 (rule 3) and below the typical count for your age and sex by more than the test’s noise (rule 4’s 6 reps, read as in C12; physiotherapist’s read). When a once-strained calf muscle hurts now (under 4/10 at rest: from 4, C50 refers), the check is asked for within the first week, even when the sides are alike, and the block keeps week 1’s dose until a clinician has checked it, as C22 holds a block for hopping pain: nothing gets harder, and no hops or strides start (two physiotherapist’s reads). Once a clinician has cleared the strain, the runner ticks “cleared” under it: the plan asks for no check, builds as usual, and keeps only the pain rule for the calf muscle (C52). While any calf strain is not yet cleared, the retest’s light hop test waits for its check too: hops load the calf more than drops (rule 14’s order), and drops already wait (two physiotherapist’s reads). Strides and hops wait, like drops, until any strain not yet cleared has been: fast running is a common way for a strain to come back (second physiotherapist’s read), and hops load the calf more than drops (third read: alike sides got hops in weeks 3 and 4 while drops waited). The plan says what waits and asks for the check to be booked.',
  },
  {
    id: 'C14',
    title: 'No hop test, no hops',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      'Without the light hop test there is no hopping pain score, so the hop gates stay locked and the plan asks you to do the hop test when you retest.',
  },
  {
    id: 'C15',
    title: 'When the running check applies',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      'Rule 15 is applied when you have calf or Achilles pain now, any pain while hopping, or a calf strain or Achilles tendinopathy in your history: 30 minutes of pain-free walking (a check you confirm yourself before strides), 10-15 pain-free hops on each leg, and single-leg hop counts within 10% (two counts of 0 are never within 10%). Without a calf problem strides still wait for the light hop test done without pain: they are a new Achilles load (C36). With Achilles pain of 3-5/10 now they wait as well: the holds of rule 12 come first, and no new Achilles load begins. Strides also wait for heel raises within 10% on each side (90% symmetry, as rule 5 asks of single-leg hops): they are hard contacts on one leg at a time, and a calf that fell at a retest is rarely within 10% of the other. And they wait until your raises are done on one leg (15 or more straight-knee raises on the weaker leg, C3’s threshold): a calf still on two-leg raises is far from fast landings on one leg (physiotherapist’s read).',
  },
  {
    id: 'C16',
    title: 'Strides sit apart from the weekly change',
    evidence: 'convention',
    source: 'Pushoff convention; integration phase from the domain brief',
    statement:
      "Week 4 brings in strides, the integration step, when the running check allows. They are short, relaxed running, not one of the calf drills, so they are not counted as the week's one change to those; they do load the Achilles in a new way, so they never begin in the same week as hops (C36). Once begun they stay, into the next block, while the running check holds. They are best done at the end of an easy run, warm from running and with calves not tired from the drills (physiotherapist review); the plan lists them in the loaded session to tick off when every calf session falls on a run day, and when a session has no room left, or falls on a day without a run, they begin, or move, at the end of an easy run, and each week then gives their dose and names the days: run days that are neither the long run nor a hard day, at most one for each loaded session, where the week allows not on a calf session's day (the short heel-raise days of C38 count) or the day after it, and spread over the week (a Pushoff convention that adds no number); on a calf-session day you run before the session, and the day after one you skip them if your calves are still stiff. A running week with no easy run gets no strides, and says so. With one session a week, week 4 repeats week 3 (rule 9), so strides wait too.",
  },
  {
    id: 'C17',
    title: 'Single-leg hops need pain-free hopping',
    evidence: 'convention',
    source: 'Pushoff convention; check from R15, load order from R14',
    statement:
      'Single-leg hops load the Achilles most (rule 14), so they wait for the hop check rule 15 sets before running: 10-15 hops on each leg with no pain. Hopping pain up to 2/10 lets double-leg hops start (rule 13), not single-leg ones. In a session, single-leg hops that hurt give way to double-leg hops for the day.',
    numbers: '10-15 pain-free hops on each leg (from R15)',
  },
  {
    id: 'C18',
    title: 'Both knee positions count',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R5, R13 and R18',
    statement:
      'Rules 5 and 13 ask for 90% symmetry without naming a knee position, so when you did the bent-knee test both positions must reach 90% before hops. A heel that cannot lift with the knee bent, though it lifts straight, is not the rupture sign of rule 18, but it stops the plan too: see a clinician soon. The runner-ready target (rule 3) stays on the straight-knee test.',
  },
  {
    id: 'C19',
    title: 'How long a session takes',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      'Each session shows about how long it takes as you would live it: the work at the prescribed tempo, holds and hops on each leg, the listed rests, and time to change drill. One-leg drills go in rounds, a set on each leg, with the rest between rounds. A hold right after other holds needs no change of drill but has their rest before it. The 10 warm-up raises before weighted standing work (C46) count too.',
    numbers:
      'Reps without a tempo 3 s each (a rep held on its own, such as the calf squeeze, its hold); a hop contact 0.5 s; 15 s between sets when no rest is listed; 60 s to change drill; rounded up to whole minutes',
  },
  // #12 screen
  {
    id: 'C20',
    title: 'A calf far too weak to plan for',
    evidence: 'convention',
    source: 'issue 12 clinical review (expert opinion)',
    statement:
      'If one side manages only 1-5 raises, or the weaker side is under half the stronger, with the knee straight or (when tested) bent, there is no plan: that is far below what a running calf needs and may be an injury that has not healed, so see a clinician soon, and do not run, hop or sprint until then (running puts several times body weight through the calf at every step, rule 6). The same day after a pop or a kick at the back of the heel, a gap in the tendon, or a weakness that came on suddenly (rule 18’s rupture signs: a torn tendon can still leave a raise or two).',
    numbers: '1-5 reps on a side; symmetry under 50%, in either knee position',
  },
  {
    id: 'C21',
    title: 'Neither heel lifts',
    evidence: 'convention',
    source: 'issue 12 clinical review (expert opinion)',
    statement:
      'When neither heel lifts (0 raises on both sides) and there was no pop, kick or gap, it points to weakness rather than a rupture: see a clinician soon, not the same day. One heel at 0 while the other lifts stays a same-day check (rule 18).',
  },
  {
    id: 'C22',
    title: 'Hopping that hurts over 5/10',
    evidence: 'convention',
    source: 'Pushoff clinical reviews, issues 12 and 14 (expert opinion); threshold from R7; pain-free hops from R15',
    statement:
      'Pain over 5/10 while hopping means no hops and no strides in the plan, and a request to see a clinician before running again: every running stride lands like a small hop, and rule 15 wants hops pain-free before running after a calf problem. The four weeks at a glance mark your runs as on hold until then, and the retest’s hop test waits for that check too. In a first block the four weeks also keep week 1’s gentle, floor-level dose until a clinician has checked it, at body weight wherever hopping hurt: no weights, calf machine or step (physiotherapist’s read: 8/10 at the Achilles still brought a backpack); a retest with hopping pain holds its block the same way (C45); when it was the calf muscle that hurt, which may be a strain, the raises start on both legs and with no weight (C3’s start; physiotherapist’s reads). A retest with hopping pain keeps the dose reached instead (C45). With shin or under-heel pain as well, now or while hopping, it is treated as a possible bone stress injury: no plan, see a clinician soon. Where hopping hurt is asked whenever it hurt at all, never guessed: at the heel bone it brings rule 17’s floor-level raises, as pain there at rest does.',
    numbers: 'Hopping pain over 5/10',
  },
  {
    id: 'C23',
    title: 'Shin pain right now',
    evidence: 'convention',
    source: 'issue 12 clinical review (expert opinion); reading of R18',
    statement:
      'Shin pain you score while filling in the form is pain at rest, one of the bone stress signs of rule 18: no plan, see a clinician soon.',
    numbers: 'Pain now over 0 with the shin ticked',
  },
  {
    id: 'C24',
    title: 'Heel pain while still growing',
    evidence: 'convention',
    source: 'issue 12 clinical review (expert opinion)',
    statement:
      'Under 16, heel pain (now, while hopping or in the history) may come from a heel bone that is still growing, a different problem from adult heel or Achilles pain: no plan, see a clinician soon, and tell a parent. Heel pain on a session day stops that session the same way (the pain check before it, and the printed check).',
    numbers: 'Under 16 years',
  },
  {
    id: 'C25',
    title: 'Over 65: a hand within reach',
    evidence: 'convention',
    source: 'issue 12 clinical review (expert opinion); physiotherapist’s read (session 17)',
    statement:
      'Over 65 the plan is as usual, but hops are done with a wall, rail or worktop within reach of a hand, and the weeks with hops say so. Every standing raise or hold, on one leg or two, says to keep a hand on such a support for balance (on a standing calf machine, its handles), and so does the hop test at the retest: it steadies you while your calf does the work. (The test itself still allows only fingertips, as rule 1 asks, so that the count stays comparable.)',
    numbers: 'Over 65 years',
  },
  {
    id: 'C26',
    title: 'Achilles pain: when to get it checked',
    evidence: 'convention',
    source: 'issue 12 clinical review (expert opinion); pain model from R7 and R8',
    statement:
      'With Achilles pain now or in the history, mid-portion or at the heel bone, the plan says to see a clinician if it is not clearly better after 6-12 weeks of loading (for a past problem that does not hurt now, nor when hopping: if it comes back and is not clearly better by then; physiotherapist’s read), and lets the same pain rule guide running; while it is 3/10 or more now, the plan gives no advice to run more. When hopping hurt over 5/10 and a clinician is already asked to check it within days (C22), that review comes after the check (physiotherapist’s read: the later date read as leave to wait).',
    numbers: '6-12 weeks',
  },
  {
    id: 'C27',
    title: 'Which part of the Achilles',
    evidence: 'convention',
    source: 'Pushoff convention (issue 12)',
    statement:
      'An Achilles history needs its part: mid-portion or at the heel bone, because rule 17 changes the plan for the heel bone. Answers saved before the question existed are asked again, never guessed.',
  },
  // #12 dosing: conventions C30-C38 (doses a runner can finish, reps in reserve, holds, heavy-slow ladder, asymmetry,
  // pain today, one new Achilles load a week, plantar heel pain).
  {
    id: 'C30',
    title: 'Sessions you can finish',
    evidence: 'convention',
    source: 'Pushoff convention',
    statement:
      "A loaded session is planned to take about 30 minutes and never more than 35 by the estimate of C19; a short activation at most 10. To fit, the warm-up and cooldown are one set each, one raise works each knee position, and one-leg drills go in rounds where the listed rest is each leg's rest: the other leg's set counts towards it, so you pause only for what is left (for a drop, which rises on both feet, only the other leg's lowering counts). In a block after the first, hops that the gates allow may take the time of the raises' 2-second pause at the top (back to 3 s up, 3 s down), so a full session no longer keeps them out block after block.",
    numbers: 'Loaded session at most 35 min (aim about 30); activation at most 10 min; at least 15 s between rounds',
  },
  {
    id: 'C31',
    title: 'One raise for each knee position',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R6',
    statement:
      'With weights or a calf machine, the loaded seated raise is your bent-knee work and the standing bent-knee raise is left out: rule 6 says the loaded seated raise is the real soleus stimulus, and both knee positions are still trained in every session.',
  },
  {
    id: 'C32',
    title: 'Holds only where they help',
    evidence: 'convention',
    source: 'Pushoff convention; dose from R12 and the drill pages',
    statement:
      "The full 5 x 45 s holds of rule 12 are for tendon pain of 3-5/10 now. Otherwise holds are used only where the raises start on both legs, at the drill page's starting dose of 3 x 30 s, and only until those raises pass 3 x 16: then the raises carry the work and the holds make room for more reps. Runners whose raises start on one leg train with raises instead.",
    numbers:
      '5 x 45 s with tendon pain 3-5; otherwise 3 x 30 s, rest 120 s, while double-leg raises are at 16 reps or fewer',
  },
  {
    id: 'C33',
    title: 'Reps in reserve until a load week',
    evidence: 'convention',
    source: 'Pushoff convention (coaching practice)',
    statement:
      "In week 1 every set ends with 2-3 reps still in you: you are learning each drill, finding the right weight, and finding out how your calves feel the next morning before anything gets harder. So a weight dosed by a repetition maximum is, in week 1, one you could lift 2-3 more times than the set asks (17-18 times for a set of 15); the weight stays so until a week whose one change is load takes it to the repetition maximum itself (rule 11: one change at a time; a physiotherapist's read found the step to the full weight coming on top of a week's range or hops). That step is the week's load change, in place of adding 2-10%. A weight kept from the block before is known already. A drop's weight (a single-leg raise's maximum, used for lowering) is found the same way: 2-3 raises more than the set.",
    numbers: '2-3 reps in reserve from week 1 until a load week',
  },
  {
    id: 'C34',
    title: 'Strong runners lift weight, not more reps',
    evidence: 'convention',
    source: 'Pushoff convention; ladder from R11',
    statement:
      'With about 30 or more straight-knee raises on both sides and weights at home or a standing calf machine, more body-weight reps add little: the standing raise carries a weight you could lift about 15 times (3 x 15RM), and its load step moves it to about 12 times (3 x 12RM), following the heavy-slow ladder of rule 11.',
    numbers: '30 or more straight-knee raises on each side; 3 x 15RM, then 3 x 12RM',
  },
  {
    id: 'C35',
    title: 'Pain 4-5 today',
    evidence: 'convention',
    source: 'Pushoff convention within R7',
    statement:
      'Pain of 4-5/10 is acceptable for loading (rule 7), but on such a day the session drops one set of each calf drill and adds nothing new. Isometric holds keep their sets: rule 12 offers them as the tolerable load for pain of 3-5. A step back after a session that went badly (C39) is different: the holds were part of that dose, so they lose a set too. The session player asks for pain right now before the first drill and applies this on the day: each drill as in last week’s session (never this week’s new weight, tempo or drill), one set fewer, and no hops or strides. On any session day, pain at the heel bone brings rule 17’s floor-level raises, and Achilles pain of 3/10 or more leaves out hops and strides (C36) and brings rule 12’s holds in place of the straight-knee raise, as the form plans them for that pain (C32); where the holds would take the session past 35 minutes, each raise and drop does one set fewer (C30). A session changed for pain counts as partly done (C40), so the next week repeats its dose.',
    numbers: 'One set fewer (at least 1 set); no new step',
  },
  {
    id: 'C36',
    title: 'One new Achilles load a week',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R11 and R14',
    statement:
      'Hops, single-leg hops and strides each load the Achilles in a new way, so no two of them begin in the same week. When single-leg hops begin in week 4, strides wait until after the retest. While the Achilles hurts 3/10 or more now, none of them begins: the hop and strides gates wait for a retest with that pain under 3/10.',
  },
  {
    id: 'C37',
    title: 'The stronger side keeps, the weaker side catches up',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R5',
    statement:
      "Under 90% symmetry the stronger side moves to a maintenance dose: its reps per set are capped so that its volume is never more than the weaker side's, which also has the extra set. It starts from that cap, so a week that adds a rep per set adds one on each side, not more on the stronger one. On a weight ladder already at its most sets (the heel raise's 5, the heavy-slow raise's 4), and in rule 12's 5 holds of 45 s for a painful tendon, the weaker side keeps them and the stronger side does one set fewer, so no side goes past what the trials used. Holds on two legs work the same way: the weaker side's last hold is its one-leg hold, and the two-leg holds are one fewer. A weight dosed by a repetition maximum is found with the weaker leg and used on both, so the stronger leg has reps to spare. This holds until a retest shows 90% or more.",
    numbers:
      "Stronger side's sets x reps at most the weaker side's; at most 5 sets (heel raise) or 4 (heavy-slow) on either side",
  },
  {
    id: 'C38',
    title: 'Plantar heel pain: the high-load heel raise',
    evidence: 'convention',
    source: 'Rathleff 2015 (exercise, tempo, rungs, every second day); Pushoff convention (the days between)',
    statement:
      'With plantar heel pain now or in your history, the single-leg heel raise is done with a towel rolled under the toes, 3 s up, 2 s hold, 3 s down, every second day, with a weight you could lift about 12 times (Rathleff used it for two weeks), then about 10 times. With heel-bone Achilles pain the towel lifts the toes alone, the ball of the foot on the floor, so the heel never goes below it (rule 17). In the plan the first weeks leave 2-3 reps in reserve (C33), the first load week takes the weight to the 12RM and a later one to the 10RM, one change a week, so the 10RM may wait for the next block. On days between loaded sessions that leave more than two days without it, a short session of this raise alone keeps the every-second-day rhythm (Pushoff convention). A runner who ticked no backpack or weights does it with body weight while that is heavy enough, and is told that a backpack with a few books is what the raise is built on (physiotherapist’s read).',
    numbers:
      '12RM x 3 sets in weeks 1-2, then 10RM x 4 sets (8RM x 5 sets only after this block); every second day, gaps of 2-3 days',
  },
  {
    id: 'C39',
    title: 'Reading the morning after',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R8 and R7; thresholds from a physiotherapist review (expert opinion)',
    statement:
      "Your check-ins decide the next week under the 24-hour rule. Go on as planned when the morning after is as stiff as usual, pain is no higher than on the day you made the plan, pain during stayed at 3/10 or less and pain is not rising from week to week. Repeat the dose when you are a bit stiffer, pain is above that level, pain during reached 4-5/10 (nothing new, as with pain 4-5 today) or pain rose from the week before. Step back one week's dose when you are much stiffer, or pain the morning after is over 5/10 or more than 2 points above your plan-day pain, or pain during went over 5/10; from week 1 that means one set fewer of each strength drill, the holds included. A step back starts at once: the calf sessions left in the same week (the short heel-raise days too) already do the lower dose. Without a morning answer the plan goes on as planned.",
    numbers:
      'Step back: much stiffer; next-morning pain over 5/10 or more than 2 above usual; pain during over 5/10 (R7). Repeat: stiffer; pain above usual; pain during 4-5/10; pain higher than the week before',
  },
  {
    id: 'C40',
    title: 'Missed sessions repeat the week',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R8 and R6',
    statement:
      'A week with a skipped or only partly done calf session (loaded or heel-raise) is repeated rather than skipped past; a week in which no calf session was done at all goes back to the last dose you really did, not a step you never did (after two missed weeks the first session back is not a new drill at full sets); a missed short activation does not hold the plan back. Once you log sessions, a calf session with no check-in counts as missed when its week is over (until then you can still log it; a check-in on another day of the same week counts for it); before your first check-in the plan cannot tell, and goes on as planned, and so do the sessions dated before it that were never logged (a first check-in in week 2 does not turn week 1 into missed sessions). The block stays four weeks: a step that did not fit moves to the next block.',
    numbers: 'Worst answer of the week decides; at most one step up a week',
  },
  // #14 the next block
  {
    id: 'C41',
    title: 'The next block starts where the last one ended',
    evidence: 'convention',
    source: 'Pushoff convention; applies R4, R11, R13 and R19; ladder from R11 (Beyer 2015), Rathleff 2015 (C38)',
    statement:
      "After a retest, the next four weeks start from the dose your last block reached (as your log allowed), not from the beginning. The retest decides again what depends on it: hops and single-leg hops only while their gates are open, double-leg or single-leg raises by the new counts, and the reps from the new counts, as long as the first week adds no more than 10% to the load you reached (otherwise the reps you reached stay and grow within 10% a week). When the last block ended on a repeat (its last week's mornings not back to usual, or pain rising week on week, rule 8) or in pain (C43), the reps you reached stay in week 1 whatever the retest. Three changes start at once, as they would in a first block: the extra set for a side the retest shows more than 10% weaker (rule 5), double-leg raises for a position under 15 raises (C3), and the weighted ladder at 15 repetitions once both sides reach 30 (C34) at two tests in a row (one test can be about 6 off). Hops carry over only while their gates hold and no tendon hurts now; a week 1 never runs over the session's 35 minutes (a hop set, then the strides, which go on after an easy run, then hops, then the 2-second pause give way). Then one thing changes a week, as before: the step, a rung of the ladder, the tempo or more load in week 2, hops in weeks 3 and 4 where the gates allow. A raise dosed by weight climbs one rung of the heavy-slow ladder a block, at 3 s up and 3 s down (no pause): 15, 12, then 10, 8 and 6 repetitions, with the ladder's 3 or 4 sets; the loaded seated raise climbs the same ladder from the second block on, in a different week. When a rung's extra set would run the session over 35 minutes, a hop set or the strides make room first (for plantar heel pain, Rathleff's 12, 10 and 8 with 3, 4 and 5 sets; the 5-set rung waits while the weaker side needs its extra set, which would make 6). One rung a block is slower than the 12-week treatment trials: this is a plan to keep calves strong, not tendon treatment. Weight steps carry only on a raise that lifted them: a standing raise done for the first time (say, after a block of holds for a sore tendon) starts at body weight. With one loaded session a week (rule 9), a week 1 that keeps the dose the last block ended on counts as a repeat, so that block steps up in weeks 2 and 4 instead.",
    numbers:
      'Week 1 at most +10% over the last dose reached; one rung a block for each weighted raise: 3x15RM, 3x12RM, 4x10RM, 4x8RM, 4x6RM at 3-0-3 (R11, R10); 3x12RM, 4x10RM, 5x8RM (C38)',
  },
  {
    id: 'C42',
    title: 'A retest that drops',
    evidence: 'convention',
    source: 'Pushoff convention; noise from R4 (Hebert-Losier 2017)',
    statement:
      'When a retest counts fewer heel raises on a side than the test before, or than the best earlier test (a slow fall, a little at each retest), by more than the test itself varies (about 6 reps), the plan suggests a physiotherapist or doctor look at that calf in the next few days, before you build on it, with no build-up of running until then (a fall with no known cause can be an injury the runner did not notice), and the block starts again from the new counts as a first block would (on the first step of any weight ladder, its weight found again, since a calf that got weaker can no longer lift the old one as often; never heavier than where the last block ended, and at floor level: no drops below a step) and holds that dose for four weeks, adding nothing until a retest shows the side back. Week 1 of such a block is no heavier on either side than where the last block ended, and week 1 of any other next block rises at most 10% on each side (rule 11): when the extra set for a side now more than 10% weaker (rule 5) would add more, the sets on that side take fewer reps and the extra set stays, and the stronger side then takes fewer reps too, so that it never does more than the weaker side (C37; physiotherapist’s read); after a retest that fell, no more reps a set than the weaker side in any drill either. Training should not make a calf weaker, so a real drop is worth a check.',
    numbers: 'A drop of 6 reps or more on a side, straight or bent knee',
  },
  {
    id: 'C43',
    title: 'A block that ended in pain starts lower',
    evidence: 'convention',
    source: 'Pushoff convention; reading of R8 and R7; from a physiotherapist review (expert opinion)',
    statement:
      'When the last week of a block stepped back (a much stiffer morning, morning pain over 5/10 or more than 2 above your usual, or pain during over 5/10), the next block starts at that lower dose, not the retest’s, adds nothing new in its week 1, keeps raises on both legs on both and starts no new weight ladder, and builds from there as your mornings allow, as it would within a block. If the block’s last calf session went badly, it counts with the next block’s first: two in a row hold the dose and ask for a check (C49). A block that C49 held is held again: the next block keeps that dose, with the sets it took off still off, for all four weeks, adds nothing new, and suggests a physiotherapist look before you build on it.',
    numbers:
      'Last week stepped back (C39) -> week 1 at the lower dose, then the usual steps; held by C49 -> four weeks at the dose reached, nothing added',
  },
  {
    id: 'C44',
    title: 'Under 16: body weight, floor level, an adult nearby',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review, issue 14); age line as C24; rules.md has no rule for children',
    statement:
      "Under 16 the plan adds no weight (no weight ladders, no backpack steps, no weighted seated raise) and keeps every raise at floor level, with no drops off a step, because bones and tendons are still growing and the adult weight ladders were not tested on them. Each drill is learnt with an adult who knows the technique. The published heel-raise norms are adults' (rule 2), so a child's counts are not rated against them: only left against right. This is a cautious convention, not a figure from a study.",
    numbers: 'Under 16 years (the same line as C24)',
  },
  {
    id: 'C45',
    title: 'Hopping pain at a retest holds the block',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); gate from R13',
    statement:
      'When hopping hurts more than 2/10 at a retest (the limit rule 13 sets for hops), the next block holds the dose your last block reached for all four weeks: no new rung, no added weight, no new drill, and no advice to raise your running. It goes on once a retest finds hopping at 2/10 or less. When hopping hurt over 2/10 at the test before as well, the plan asks you to have it checked by a physiotherapist or doctor before hops come back. Over 5/10 the bone-stress advice of C22 applies as well.',
    numbers: 'Hopping pain over 2/10 at a retest (R13) -> four weeks at the dose reached',
  },
  {
    id: 'C46',
    title: 'A warm-up before weighted sets',
    evidence: 'convention',
    source: 'Pushoff convention; borrowed from the heel-raise test protocol (R1)',
    statement:
      'In a session with a standing raise or heel drop at a weight chosen as a repetition maximum (a weight you could lift about that many times), do 10 heel raises on both legs before the first weighted set, the warm-up the heel-raise test uses. It is borrowed from the test protocol, not a figure from a training trial. For heel drops off a step the weight is the one you could lift that many times in a single-leg raise, since lowering is stronger than lifting, and one hand holds a rail (on a standing calf machine, its handles). It is judged the first time from a few raises well short of the limit, not found by a set to failure before the drops.',
    numbers: '10 double-leg heel raises (the warm-up of R1)',
  },
  {
    id: 'C47',
    title: 'A ceiling for reps',
    evidence: 'convention',
    source: 'Pushoff convention; reads R11 with 15 (the top of C2, the first rung of the ladder) as the target',
    statement:
      "Raises stop gaining reps at 17 a set. Rule 11 adds 2-10% load once 1 or 2 reps above the target are possible, and Pushoff takes 15 as that target, so more reps after 17 would train endurance rather than strength. Raises on both legs that reach 17 then rise on both feet and lower on one, changing legs each rep, at floor level (rule 11's single-leg step), until a retest moves them onto one leg; the load index (C5) counts reps, so it cannot see this step, and the pain and next-morning rules watch it instead. Other raises get harder by weight (a backpack), range off a step or tempo. With none of these open, the dose stays until the retest, and the plan says which step would move it on.",
    numbers: 'At most 17 reps a set (15 + 2)',
  },
  {
    id: 'C48',
    title: 'A count still flat after 12 weeks asks for a review',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); numbers from R3, R4 and R19',
    statement:
      "Twelve weeks after your first test, a leg whose straight-knee count is still under rule 3's 25 raises and has not risen by rule 4's 6 reps or more gets a note asking you to see a physiotherapist, if you have done most of your sessions. Rule 19 expects larger effects from 12 weeks of training on, so a count that has not moved may have another cause: pain, how the raise is done, or a problem the test cannot see. The plan goes on meanwhile. A count that fell since the last test gets C42's note instead.",
    numbers: '12 weeks or more since the first test (R19); under 25 raises (R3); a rise under 6 reps (R4)',
  },
  {
    id: 'C49',
    title: 'Worse again after a step back asks for a check',
    evidence: 'convention',
    source:
      'Pushoff convention (physiotherapist review); reads R8 and the warning sign "pain worsening day on day" (R7)',
    statement:
      'When two calf sessions done in a row each step back under C39 (a much stiffer or more painful morning, or pain during over 5/10; a skipped session between them does not count, and the last session before a retest and the first after it are in a row too), the second one was already done at a lower dose and still went badly. The calf is getting worse, not settling, so the plan stops moving: the sessions after it step back once more, as C39 says (a set off when the step back would land on the dose that just went badly again, and a drill the second session did stays below the sets it went badly at in every kind of session, the heel-raise days too), and stay at that dose for the rest of the block, with no hops and nothing new, and the plan asks you to have the calf or Achilles checked by a physiotherapist or doctor in the next few days, before you build on it; the retest waits for that check too, as it works each calf to its limit (physiotherapist’s reads: its light hop test, then its heel-raise test, were still offered), and the weeks held are titled as held (physiotherapist’s read). The request names the warning signs not to wait with, as the stop’s note does; each held session’s next-morning check says that a bad morning or pain during over 5/10 keeps the dose, or stops the sessions right after another session that went badly (the sessions that wait for the check say, for once cleared, that it stops them), and the hop and stride checks read “on hold” from then on, even where earlier weeks had hops. When the two were the block’s last calf sessions, there is no session left to hold or to tick “cleared” in: none is done until the check, the retest and what follows week 4 wait for it, and the retest’s heading says so; once cleared, the runner follows the clinician’s advice first and retests for a next block that starts at least a set below week 1 (C43) (physiotherapist’s reads). The week of the second bad session brings nothing new for its remaining days either (no running increase, no strides). Once checked and cleared, the runner ticks “cleared” in the check-in of the next session done: the request leaves the top of the plan (its warning signs stay), the lower dose stays for the rest of the block unless the clinician gave another, the retest’s hop test and what comes after week 4 go by what the clinician said, and from then on one session that goes badly stops the calf sessions, as below (physiotherapist’s read: a runner checked and cleared had nowhere to say so). On a day when pain is over 5/10 or worse than the day before, do no calf loading and no run that day (rule 7). Runs stay easy under the same pain rule (rules 7 and 8), with pain in the calf muscle or the shin kept to 3/10 as C52 keeps it (which place is getting worse is not known), and shorter if a run breaks it, until the calf has been checked; a step back’s own word on running points to that note (physiotherapist’s read: its “at most 5/10” left out the 3/10). If a session at that held dose goes badly too, right after another that did (a third in a row, or two in a row again later), the calf is worse even after two steps down: the calf sessions left stop until a physiotherapist or doctor has checked the calf and cleared you to train, book that check now, and they are marked on hold (on today’s card, the weeks at a glance, paper and the calendar), then go on at the held dose; the retest still waits for that check. Once cleared, the runner ticks “cleared” in the check-in of the first session done after the check: from that session on the sessions go on at the held dose, the retest no longer waits (its hop test, and what comes after week 4, go by what the clinician said), the note leaves the top of the plan but keeps the warning signs, runs stay easy as before unless the clinician said otherwise, and the next session that goes badly stops them again at once, as the note says; after that, the plan asks for the clinician’s own dose, since its lower dose has now gone badly since a clearance: the sessions on hold wait for it, and once cleared again they take that dose (the runner asks for one if none was given). A check of the gap between the calves asked for before week 3 (C54) then says the sessions keep that lower dose, not week 2’s (review: a cleared runner answered “cleared” before every session, under a note that still said stop) (physiotherapist’s read: a third bad morning was not mentioned). The note says to take the plan and the training log to the check and to follow the clinician’s advice first, to stop and go back to them if a session goes badly again, when not to wait (rules.md’s warning signs, the blood clot’s among them), and, since running loads the calf most, to keep every run easy until the check: no hard runs, hills or strides, no longer than now, and no run on a day when pain is over 5/10 or worse than the day before (rule 7’s readiness check; physiotherapist’s read: the runs went on as planned while the sessions stopped). A week with sessions on hold has no hard run on its strip and no note about the day before one. The next block holds the dose of week 1 with as many sets off as the held sessions had, at least one (C43), the lowest a block can start from. Two sessions in a row, and a third stopping the sessions, are Pushoff conventions, not figures from a study.',
    numbers:
      'Two calf sessions in a row that step back (C39); one more at the held dose, right after another, stops them',
  },
  {
    id: 'C50',
    title: 'Calf-muscle pain at rest is checked first',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); reads R7 and R18, graded as C1 grades',
    statement:
      "Rule 7's traffic light (4-5/10 acceptable for loading) comes from Silbernagel's pain-monitoring model, made for Achilles tendon pain. Pain of 4/10 or more in the calf muscle itself, scored while you fill in the form (so at rest, as C23 reads it), is different: it may be a strain that has not healed, above all after an earlier one. So it stops the plan like a warning sign: see a physiotherapist or doctor within days, with no running, hopping or calf training until then, and come back once they have cleared you to load the calf. Soreness in both calves after a hard run, easing day by day, settles by itself and needs no appointment: keep to easy walking and come back when it is 3/10 or less, rule 7's safe band. The pain check before each session says the same for calf-muscle pain on a session day. A pain score with no place ticked is asked about before any plan, since it could be the calf muscle. Reading rule 7's middle band this way for the calf muscle is a Pushoff convention, not a figure from a study.",
    numbers:
      "Calf pain 4/10 or more at rest (rule 7's middle band and above) -> see a clinician within days; soreness back at 3/10 or less (its safe band)",
  },
  {
    id: 'C51',
    title: 'Heel pain at rest is checked first',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); reads R18 (heel pain at rest), graded as C50 grades',
    statement:
      "Rule 18 lists heel pain at night or at rest as a warning sign. Pain under the heel that you score at 4/10 or more while you fill in the form (so at rest, as C23 reads it) is that sign, even when its box was left unticked: sore heels usually hurt most with the first steps after sitting or sleeping and ease as you move, so heel pain that stays while you are still should be checked. It stops the plan: see a physiotherapist or doctor within days, with no running or hopping on the painful heel until then. The pain check before each session says the same on a session day. Pain of 1-3/10 under the heel, rule 7's safe band, is the ache many sore heels keep and gets a plan; pain up to 5/10 during a set stays acceptable, as rule 7 says. Rule 7's middle band (4-5) was made for Achilles tendon pain, which keeps it. Grading heel pain at rest from 4/10 is a Pushoff convention, as C50's for the calf muscle, not a figure from a study.",
    numbers: 'Pain under the heel 4/10 or more at rest -> see a clinician within days',
  },
  {
    id: 'C52',
    title: 'Running with a sore calf muscle or shin',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); reads R7 and R8, as C50 reads them for the calf muscle',
    statement:
      "Rules 7 and 8 guide running with pain: up to 5/10 during a run, back to usual by the next morning. That middle band (4-5) comes from Silbernagel's model for Achilles tendon pain. With pain in the calf muscle now, or a calf or shin that hurt over 2/10 while hopping, a run that hurts 4-5/10 there may be a strain that is not healing or a bone that is not coping, and C50 already sends calf-muscle pain of 4/10 at rest to a clinician. So for those places a run keeps to rule 7's safe band, 3/10 or less, back to usual by the next morning, and so does a sore calf during the sessions. A run that hurts more stops, and a second time, or pain at one point on a shin, at night or at rest (rule 18), means seeing a physiotherapist or doctor. An Achilles tendon keeps rule 7's 5/10. On a session day with the calf muscle hurting at rest (1-3/10), drops below a step are done at floor level, as the raise done in their place last time, and hops and strides wait for another day: lowering below the step and landings are what strain a sore calf most (two physiotherapist's reads; the session's pain check makes the change, and the printed plan and calendar say so). After a session, a check-in with pain during of 4-5 asks whether it was in the calf muscle: there it was over the calf's 3/10, so the next calf session steps back, as after pain during over 5 (rule 8, C39). Reading rule 7's safe band as the running limit for the calf muscle and the shin is a Pushoff convention, not a figure from a study.",
    numbers:
      'Calf-muscle or shin pain during a run at most 3/10 (rule 7 safe band); a second run over it -> see a clinician',
  },
  {
    id: 'C53',
    title: 'Hopping pain in the shin or the calf muscle',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); reads R13 and R18',
    statement:
      "Rule 18 counts pain at one point when hopping on one leg among the signs of a bone stress injury, which stop the plan, while diffuse tenderness along the inner shin fits shin splints, whose load is managed. Rule 13 allows hops only with hopping pain at 2/10 or less. A shin that hurts more than that in the one-leg hop test may be either, and a runner cannot reliably tell one point from a spread ache at home. So a shin that hurt over 2/10 in the hop test asks for a physiotherapist or doctor's check now, at the first test, shown first above today's session, not only if it hurts again at the retest. The calf work goes on (raises load the shin far less than running does), hops wait, and running stays where it is (C52). In the calf muscle, hopping pain of 3-5/10 may be a strain that has not healed: a first block keeps week 1's dose until hopping is 2/10 or less at the retest, as C45 holds a later block, calf pain keeps to 3/10 (C52), and a physiotherapist's or doctor's check is asked for, shown first (a possible strain should not wait eight weeks for one); over 5, C22 holds it until a clinician has checked it (physiotherapist's read: 4/10 there still brought drops below a step in week 2). Reading the hop gate's own threshold this way is a Pushoff convention, not a figure from a study.",
    numbers:
      'Hopping pain over 2/10 (rule 13): in the shin -> a clinician check now; in the calf muscle -> a check, and week 1 dose until the retest',
  },
  {
    id: 'C54',
    title: 'A weaker side with no known cause',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); thresholds from R2-R5 and C3',
    statement:
      "When one calf is more than 10% weaker than the other (under rule 5's 90%), with the knee straight or bent, by at least the test's day-to-day noise of about 6 reps (rule 4), or in both knee positions with gaps that reach 6 reps together, and no old calf strain or Achilles problem in your answers explains it (C13 asks for a check of those), the plan doses each side as rule 5 says and says so. A weaker side that meets the runner-ready 25 (rule 3) is left alone unless the gap is twice the noise (12 reps or more). With the weaker side under 15 raises (C3's threshold, where its raises start on both legs) or a gap of 12 or more, it asks for a physiotherapist's or doctor's check before week 3, shown first: until a clinician has looked at the gap, weeks 3 and 4 keep week 2's dose (nothing harder and nothing new, hops and strides included) and running stays where it is (week 4 gives no running increase). A gap that size may be an old injury that has not fully healed, as C20 reasons just below it, and weeks 3 and 4 would load it more before anyone had looked (two physiotherapist's reads: asked “before your retest”, the check came after them). The request names the counts, and says not to wait for the date if the calf hurts, swells or brings a limp, or with numbness, pins and needles or back pain spreading down that leg (one-sided weakness can come from a nerve in the back; physiotherapist's read). Once a clinician has checked it and cleared the runner to train, the runner ticks “checked” under the history questions and the plan builds as usual (after a clearance for C49’s check, the request asks whether that clinician looked at the gap too: one visit may have covered both, or not); a retest asks again, since its counts are new, and says when the gap was looked at after the last test and is still there. Otherwise it is a note among the others: being the non-dominant leg explains only about 1 rep of a straight-knee count (rule 2's medians, 25 and 24), so if you do not know why, a clinician can check it, sooner if it hurts or keeps getting weaker. When a retest found that side weaker than before, C42 asks for the check now, and this note only keeps running where it is (or says nothing more). It fills the step below C20 (physiotherapist's reads: 5 raises against 12 referred, 6 against 12 planned without comment; worked example 2's 1-rep gaps are not asked about). Reading rules 2-5 this way, and twice the noise as a wide gap, is a Pushoff convention, not a figure from a study.",
    numbers:
      'under 90%; 6+ reps apart, or 6+ together over both knee positions; weaker side under 25 unless 12+ apart; under 15 or 12+ apart -> a check asked first, before week 3, which keeps week 2’s dose until then; else a note',
  },
  {
    id: 'C55',
    title: 'How late a check-in can be',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review); missed sessions from C40',
    statement:
      'A loaded or heel-raise session left without a check-in can still be checked in afterwards: any day of its own week, and in the week after it until that week\'s first calf session is over. From then on the plan page no longer offers it, and it stays counted as missed (C40), because that first session was done at the dose the earlier check-ins set, and a late "done" would step up a week already under way. Your plan names a session too late to check in, and why. The morning after a session can be answered in the same window, for the same reason (a short activation’s too). Short activations need no check-in. The window is a Pushoff convention that adds no number.',
    numbers: "Until the next week's first calf session is over",
  },
  {
    id: 'C56',
    title: 'Pain that rose since the last test',
    evidence: 'convention',
    source: 'Pushoff convention (physiotherapist review) on rule 7 and rule 8 (Silbernagel 2007)',
    statement:
      "When your pain now at a retest is past the safe zone (4/10 or more) and higher than at the test before, it rose while you trained the last block. Rule 8 only lets a plan build while pain is not rising week to week, so the next block holds the dose the last one reached for all four weeks, adds nothing new, keeps your running where it is, and asks you to have a physiotherapist or doctor look at it now. The hold stays at every retest until the pain is back to 3/10 or less. The limits are rule 7's; holding the block and asking for a check are a Pushoff convention that adds no number.",
    numbers: 'Pain now 4/10 or more, and higher than at the last test',
  },
] as const satisfies readonly RuleDef[];

/** The closed set of rule ids: an id not in the registry is a compile error. */
export type RuleId = (typeof RULE_LIST)[number]['id'];
export type Rule = RuleDef & { id: RuleId };

/** The registry, in display order (R1-R19, then C1..). */
export const RULES: readonly Rule[] = RULE_LIST;
// Pure annotation: lets bundlers drop the registry's text from browser code that never reads it.
export const RULE_IDS: readonly RuleId[] = /* @__PURE__ */ RULES.map((r) => r.id);

/** Look up a rule by id (always found: RuleId is closed). */
export function ruleById(id: RuleId): Rule {
  return RULES.find((r) => r.id === id) as Rule;
}
