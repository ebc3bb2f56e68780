// `npm test`: unit tests, astro check, production build + Pagefind + service worker, JS budget, Playwright e2e, and
// the offline and CSP specs again on a BASE=/sub build.
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
  const start = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${label}: ${Math.round((Date.now() - start) / 1000)} s`);
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
/** Adds a Playwright JSON report's counts to the totals. */
function countE2e(label: string, reportFile: string): void {
  if (existsSync(reportFile)) {
    const stats = JSON.parse(readFileSync(reportFile, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
  } else {
    failed += 1;
    problems.push(`${label} produced no report`);
  }
}

if (built) {
  const port = String(await freePort());
  run('e2e', 'npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts'], { E2E_PORT: port });
  countE2e('e2e', `${OUT}/e2e.json`);
}

// 6. The same site under a sub-path (BASE=/sub, as on GitHub Pages), built into its own folder: the offline and CSP
// specs again, since scope, start_url and precache addresses are where a base path breaks. About 40 s more.
if (built) {
  const dist = `${OUT}/dist-sub`;
  const env = { BASE: '/sub' };
  const subBuilt =
    run('build (BASE=/sub)', 'npx', ['astro', 'build', '--outDir', dist], env) &&
    run('search index (BASE=/sub)', 'npx', ['pagefind', '--site', dist]) &&
    run('service worker (BASE=/sub)', process.execPath, ['scripts/postbuild.ts', dist], env);
  if (subBuilt) {
    const port = String(await freePort());
    const specs = ['offline.spec.ts', 'csp.spec.ts'];
    run('e2e (BASE=/sub)', 'npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts', ...specs], {
      ...env,
      E2E_PORT: port,
      E2E_DIST: `${process.cwd()}/${dist}`,
      E2E_NAME: 'sub',
    });
    countE2e('e2e (BASE=/sub)', `${OUT}/e2e-sub.json`);
  } else failed += 1;
}

if (problems.length) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
