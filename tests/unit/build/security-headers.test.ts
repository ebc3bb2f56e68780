// dist/_headers: the pages' CSP merged into one header, and the fixed headers of public/_headers.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sitePolicy, writeSecurityHeaders } from '../../../scripts/security-headers.ts';

const meta = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;

test("the header policy merges every page's hashes, directive by directive, and forbids framing", () => {
  const dist = mkdtempSync(join(tmpdir(), 'pushoff-csp-'));
  writeFileSync(join(dist, 'a.html'), meta("object-src 'none'; script-src 'self' 'sha256-A';"));
  writeFileSync(join(dist, 'b.html'), meta("object-src 'none'; script-src 'self' 'sha256-B'; style-src 'self';"));
  assert.equal(
    sitePolicy(dist),
    "object-src 'none'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'; frame-ancestors 'none'",
  );
});

test('a page without a policy fails the build instead of weakening the header', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pushoff-csp-'));
  writeFileSync(join(dist, 'a.html'), meta("script-src 'self';"));
  writeFileSync(join(dist, 'b.html'), '<head></head>');
  assert.throws(() => sitePolicy(dist), /b\.html has no Content-Security-Policy/);
});

test('public/_headers gets the policy in place of BUILT and allows only the wake lock among powerful features', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pushoff-csp-'));
  writeFileSync(join(dist, 'index.html'), meta("script-src 'self' 'wasm-unsafe-eval';"));
  writeFileSync(join(dist, '_headers'), readFileSync('public/_headers', 'utf8'));
  writeSecurityHeaders(dist);
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  assert.match(text, /^ {2}Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'$/m);
  assert.match(text, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(text, /^ {2}Referrer-Policy: no-referrer$/m);
  const features = text.match(/^ {2}Permissions-Policy: (.+)$/m)?.[1].split(', ') ?? [];
  assert.deepEqual(
    features.filter((f) => !f.endsWith('=()')),
    ['screen-wake-lock=(self)'],
  );
  assert.ok(features.includes('camera=()') && features.includes('geolocation=()'));
});
