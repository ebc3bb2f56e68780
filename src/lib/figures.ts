// Drill figures: hand-written SVG files in src/figures/<drill id>.svg, read at build time.
const files = import.meta.glob<string>('../figures/*.svg', { query: '?raw', import: 'default', eager: true });

const byId = new Map(Object.entries(files).map(([path, svg]) => [path.replace(/^.*\/(.+)\.svg$/, '$1'), svg]));

/** The SVG markup of a drill's figure, or undefined when the file is missing. */
export function figureSvg(drillId: string): string | undefined {
  return byId.get(drillId);
}

export function figureIds(): string[] {
  return [...byId.keys()];
}
