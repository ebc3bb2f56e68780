// Helpers for the offline specs: wait until the service worker controls the page, and serve a copy of the built site
// on its own port (so a test can change it, as a new deploy would, without touching the site other tests use).
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { BASE, DIST } from './site.ts';

/** The service worker is active (the whole site precached) and controls this page. */
export async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface SiteCopy {
  dir: string;
  /** e.g. http://127.0.0.1:41234/sub/ */
  url: string;
  close: () => void;
}

/** A copy of the built site in a temporary folder, served by serve-dist.ts like the main one. */
export async function serveCopy(): Promise<SiteCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'pushoff-site-'));
  cpSync(DIST, dir, { recursive: true });
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [fileURLToPath(new URL('./serve-dist.ts', import.meta.url)), '--port', String(port)],
    {
      env: { ...process.env, E2E_DIST: dir },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}${BASE}`;
  await expect.poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, { timeout: 15_000 }).toBe(200);
  return {
    dir,
    url,
    close: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
