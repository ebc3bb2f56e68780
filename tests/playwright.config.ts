// Playwright drives the built site (dist/, served by e2e/support/serve-dist.ts) in Chromium: Debian's /usr/bin/chromium when
// present, otherwise the browser Playwright manages.

import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
// A BASE build (BASE=/sub) is served under that path; specs that support it reach pages through support/site.ts.
const base = `/${(process.env.BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
// A second run in the same `npm test` (the BASE build) names its report and artifacts apart: E2E_NAME=sub.
const name = process.env.E2E_NAME ? `e2e-${process.env.E2E_NAME}` : 'e2e';
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: `../test-results/${name}-artifacts`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: `../test-results/${name}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  },
  webServer: {
    command: `node tests/e2e/support/serve-dist.ts --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
