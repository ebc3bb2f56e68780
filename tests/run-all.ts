// `npm test`: unit tests, astro check, production build + Pagefind, JS budget, Playwright e2e.
// Prints one closing line "N passed, N failed" over unit and e2e tests; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const OUT = 'test-results';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;
const problems: string[] = [];

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) problems.push(`${label} exited with ${r.status ?? r.signal}`);
  return r.status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 4399;
      srv.close(() => resolve(port));
    });
  });
}

// 1. Unit tests (node:test on .ts): spec to the terminal, TAP to a file we count.
run('unit tests', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${OUT}/unit.tap`,
  'tests/unit/**/*.test.ts',
]);
const tap = existsSync(`${OUT}/unit.tap`) ? readFileSync(`${OUT}/unit.tap`, 'utf8') : '';
const count = (name: string) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
passed += count('pass');
failed += count('fail') + count('cancelled');
if (!tap) {
  failed += 1;
  problems.push('unit tests produced no report');
}

// 2. Format and lint (Biome), types and templates; 3. build + search index; 4. size budgets.
if (!run('biome', 'npx', ['biome', 'ci', '.'])) failed += 1;
if (!run('astro check', 'npx', ['astro', 'check'])) failed += 1;
const built = run('build', 'npm', ['run', 'build']);
if (!built) failed += 1;
if (built && !run('JS budget', 'npm', ['run', 'budget'])) failed += 1;

// 5. E2E against the built site in Chromium.
if (built && !existsSync('/usr/bin/chromium')) {
  // No system Chromium: use the browser Playwright manages (downloads it once on a machine with internet).
  run('browser', 'npx', ['playwright', 'install', 'chromium']);
}
if (built) {
  const port = String(await freePort());
  run('e2e', 'npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts'], { E2E_PORT: port });
  const reportFile = `${OUT}/e2e.json`;
  if (existsSync(reportFile)) {
    const stats = JSON.parse(readFileSync(reportFile, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
  } else {
    failed += 1;
    problems.push('e2e produced no report');
  }
}

if (problems.length) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
