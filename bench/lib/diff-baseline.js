#!/usr/bin/env node
// The baseline of `npm run bench:diff`: the fastest honest way to do the same work in one process —
// read every YAML file of both catalogue folders, parse them with js-yaml, key each Power
// document by its code as a JSON string, and list the codes added, removed and changed. (No file
// selection rules, no template resolution, no projection, no report: the least a diff must do.)
// Prints the three counts as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

function yamlFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

function powers(dir) {
  const byCode = new Map();
  for (const file of yamlFiles(dir)) {
    for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
      if (doc?.kind === 'Power' && !byCode.has(doc.code)) byCode.set(doc.code, JSON.stringify(doc));
    }
  }
  return byCode;
}

const [a, b] = [powers(process.argv[2]), powers(process.argv[3])];
const added = [...b.keys()].filter((code) => !a.has(code)).length;
const removed = [...a.keys()].filter((code) => !b.has(code)).length;
const changed = [...a.keys()].filter((code) => b.has(code) && a.get(code) !== b.get(code)).length;
process.stdout.write(`${JSON.stringify({ added, removed, changed })}\n`);
