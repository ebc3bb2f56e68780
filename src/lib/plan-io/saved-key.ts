// Where the runner's own answers (the Baseline) are kept on the device: the plan page reads and writes them
// (stores/plan-session.ts); the home page's build writes it into its link, to ask whether they are there (a module of
// its own, so that build does not load the plan's stores).
export const SAVED_KEY = 'pushoff:baseline';
