// npm run plan -- path/to/baseline.json [--json] [--why] [--log path/to/log.json --today YYYY-MM-DD]
//   [--after block1.json,block2.json]
// Prints the Plan (or Referral) as readable text (with each line's rule codes under --why), or as JSON with --json.
// With --log (a training log as the page stores it) and --today, the weeks follow the log (issue 14). Invalid input, or a file that
// cannot be read or parsed, prints the problems and exits 1. With --after (the Baselines of earlier blocks, oldest
// first) the plan is the next block: it starts where the last one ended (C41) and shows the retest (rule 4).
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { createPlan, formatText, type History } from '../domain/index.ts';
import { sessionLogSchema } from '../domain/model/session-log.ts';

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const why = args.includes('--why');
const argAfter = (flag: string) => {
  const i = args.indexOf(flag);
  return i < 0 ? null : (args[i + 1] ?? '');
};
const logFile = argAfter('--log');
const today = argAfter('--today');
const afterFiles = argAfter('--after');
const files = args.filter((a, i) => !a.startsWith('--') && !['--log', '--today', '--after'].includes(args[i - 1]));
const usage =
  'Usage: npm run plan -- path/to/baseline.json [--json] [--why] [--log path/to/log.json --today YYYY-MM-DD] [--after block1.json,block2.json]';
if (files.length !== 1 || (logFile === null) !== (today === null)) fail([usage]);

let text: string;
try {
  text = readFileSync(files[0], 'utf8');
} catch (e) {
  fail([`Could not read ${files[0]}: ${(e as Error).message}`]);
}
let input: unknown;
try {
  input = JSON.parse(text);
} catch (e) {
  fail([`${files[0]} is not valid JSON: ${(e as Error).message}`]);
}

let history: History | undefined;
if (logFile !== null && today !== null) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(logFile, 'utf8'));
  } catch (e) {
    fail([`Could not read the log ${logFile}: ${(e as Error).message}`]);
  }
  const log = z.safeParse(sessionLogSchema, raw);
  if (!log.success)
    fail([
      `${logFile} is not a valid training log:`,
      ...log.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`),
    ]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(['--today needs a date written YYYY-MM-DD.']);
  history = { log: log.data, today };
}

if (afterFiles !== null) {
  const earlier = afterFiles.split(',').map((f) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as unknown;
    } catch (e) {
      return fail([`Could not read the earlier block ${f}: ${(e as Error).message}`]);
    }
  });
  // Without a log the earlier blocks count as done as planned; `today` then matters to nothing.
  history = {
    log: history?.log ?? { version: 1, entries: [] },
    today: history?.today ?? '',
    earlier: earlier as never,
  };
}

const result = createPlan(input, history);
if (!result.ok) {
  fail([
    `${files[0]} is not a valid baseline:`,
    ...result.errors.map((e) => `  ${e.path || '(whole file)'}: ${e.message}`),
  ]);
}
process.stdout.write(json ? `${JSON.stringify(result.result, null, 2)}\n` : formatText(result.result, { why }));
