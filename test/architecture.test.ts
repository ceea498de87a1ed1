import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/catalogue.js';

/*
 * The pipeline as folders of src/, from the base up: a folder may import only folders of a lower
 * layer (never one of its own layer, never one above), so imports point down and no two folders
 * import each other. A new folder has to be placed here, which is where its place is decided.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['core'], // diagnostics, localized text, string order, usage errors: what every stage shares
  ['util', 'format'], // small helpers; the format's vocabulary and disclosure policy
  ['load', 'schema'], // find, decode and parse files; the JSON Schemas
  ['model'], // typed entities, indexes, process graphs, what a power publishes
  ['domain'], // USCC, national codes, time limits, calendars
  ['upstream', 'flowchart', 'scaffold', 'preview'], // upstream lists as data; model → Mermaid → SVG; starter files; the preview server
  ['rules', 'output'], // one folder per rule; the atomic output folder
  ['site'], // the public projection, pages, exports, search index
  ['audit'], // handling records held against the catalogue
  ['lint', 'docs'], // running rules with config; rule docs from metadata
  ['report', 'verify'], // formatters; checking a published site
  ['diff', 'import'], // comparing versions; spreadsheets into catalogues
  ['cli'], // flags in, exit codes out
];

const SRC = join(REPO, 'src');
const layerOf = new Map(LAYERS.flatMap((folders, layer) => folders.map((folder) => [folder, layer] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `from` → folders it imports (relative imports that leave its folder of src/). */
function folderImports(): Map<string, Set<string>> {
  const imports = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('/')[0]!;
    if (!layerOf.has(from) && from.endsWith('.ts')) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const to = relative(SRC, normalize(join(dirname(file), spec!))).split('/')[0]!;
      if (to !== from && !to.startsWith('..')) imports.set(from, new Set([...(imports.get(from) ?? []), to]));
    }
  }
  return imports;
}

describe('the folders of src/ form the pipeline', () => {
  const imports = folderImports();

  it('every folder has its place in the layers', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => !layerOf.has(folder))).toEqual([]);
  });

  it('every import between folders points down the layers (so no folder cycle is possible)', () => {
    const upward = [...imports].flatMap(([from, targets]) =>
      [...targets].filter((to) => (layerOf.get(to) ?? Infinity) >= layerOf.get(from)!).map((to) => `${from} → ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('sees the imports it judges (the check can fail)', () => {
    expect(imports.get('cli')?.has('lint')).toBe(true);
    expect(imports.get('site')?.has('model')).toBe(true);
  });
});
