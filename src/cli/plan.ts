// npm run plan -- path/to/baseline.json [--json] [--why]
// Prints the Plan (or Referral) as readable text (with each line's rule codes under --why), or as JSON with --json. Invalid input, or a file that
// cannot be read or parsed, prints the problems and exits 1.
import { readFileSync } from 'node:fs';
import { createPlan, formatText } from '../domain/index.ts';

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const why = args.includes('--why');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length !== 1) fail(['Usage: npm run plan -- path/to/baseline.json [--json] [--why]']);

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

const result = createPlan(input);
if (!result.ok) {
  fail([
    `${files[0]} is not a valid baseline:`,
    ...result.errors.map((e) => `  ${e.path || '(whole file)'}: ${e.message}`),
  ]);
}
process.stdout.write(json ? `${JSON.stringify(result.result, null, 2)}\n` : formatText(result.result, { why }));
