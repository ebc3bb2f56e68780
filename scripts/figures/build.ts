// Writes src/figures/<drill id>.svg from the figure definitions (npx node scripts/figures/build.ts [id...]).
// A figure keeps the <title> it has unless TITLES gives a new one; the drill page's figureAlt is set to the same
// words, so the file's title and the page's alt text never disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { FIGURES, TITLES } from './all.ts';

const root = new URL('../../', import.meta.url);
const only = process.argv.slice(2);
for (const [id, draw] of Object.entries(FIGURES)) {
  if (only.length && !only.includes(id)) continue;
  const file = new URL(`src/figures/${id}.svg`, root);
  const title = TITLES[id] ?? readFileSync(file, 'utf8').match(/<title[^>]*>([^<]+)<\/title>/)?.[1] ?? '';
  writeFileSync(file, draw(title));
  const page = new URL(`content/drills/${id}.mdx`, root);
  const mdx = readFileSync(page, 'utf8');
  writeFileSync(page, mdx.replace(/^figureAlt: ".*"$/m, `figureAlt: ${JSON.stringify(title)}`));
}
