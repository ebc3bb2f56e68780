// Renders the app icons in public/icons/ from the favicon design (public/favicon.svg) in headless Chromium. Run it
// by hand after changing the favicon: `node scripts/render-icons.ts`; the PNGs are committed, the build does not run it.
// The maskable icon fills the whole square (launchers cut their own shape) and keeps the mark inside the middle 80%.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const favicon = readFileSync('public/favicon.svg', 'utf8');
// Same mark at 80% size, no rounded corners (the launcher's mask gives the shape): the far end of the stroke, 13.6
// units from the centre at full size, then sits at 10.9, inside the safe circle (radius 40% of 32 = 12.8).
const maskable = favicon
  .replace(
    /<rect [^>]*\/>/,
    '<rect width="32" height="32" fill="#b4461b"/><g transform="translate(3.2 3.2) scale(0.8)">',
  )
  .replace('</svg>', '</g></svg>');
const jobs: [string, string, number][] = [
  ['public/icons/icon-192.png', favicon, 192],
  ['public/icons/icon-512.png', favicon, 512],
  ['public/icons/maskable-512.png', maskable, 512],
];

const browser = await chromium.launch(
  existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] } : {},
);
const page = await browser.newPage();
for (const [file, svg, size] of jobs) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  await page.screenshot({ path: file, omitBackground: true });
  console.log(`wrote ${file}`);
}
await browser.close();
