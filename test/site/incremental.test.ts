import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/catalogue.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-incremental-'));
const LICENCE = 'powers/market/food-business-licence.yaml';
const LICENCE_PAGE = 'powers/00013101100Y.html';
const OTHER_PAGE = 'powers/000231001000.html';

/** Every file of a folder by relative path, with its inode (a reused file keeps it) and bytes. */
function tree(dir: string): Map<string, { ino: number; bytes: Buffer }> {
  const files = new Map<string, { ino: number; bytes: Buffer }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), { ino: statSync(path).ino, bytes: readFileSync(path) });
  }
  return files;
}

/** The files written anew (the output-folder marker and the manifest, made from the others' bytes, always are). */
const changed = (before: ReadonlyMap<string, { ino: number }>, after: ReadonlyMap<string, { ino: number }>) =>
  [...after].filter(([path, file]) => path !== '.powercat-output' && path !== 'manifest.json' && before.get(path)?.ino !== file.ino).map(([path]) => path);

describe('incremental builds', () => {
  const catalogue = join(temp(), 'catalogue');
  const out = join(temp(), 'site');
  const cache = temp();
  const build = (...extra: string[]) => {
    const result = runCli(['build', catalogue, '--out', out, '--cache-dir', cache, ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return result.stderr;
  };
  const edit = (from: string, to: string) => {
    const file = join(catalogue, LICENCE);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };
  let first: Map<string, { ino: number; bytes: Buffer }>;

  beforeAll(() => {
    cpSync(join(REPO, 'examples/qingshui'), catalogue, { recursive: true });
    build();
    first = tree(out);
  }, 120_000);

  it('an unchanged catalogue reuses every file of the previous build (one summary line, no bar, off a terminal)', () => {
    const report = build();
    expect(report.trimEnd().split('\n')).toHaveLength(1);
    // in the catalogue's language (the example's lang is zh-CN)
    expect(report).toMatch(/^已生成 71 个页面，写入 .*，用时 \d+\.\d 秒（流程图 35 张：新画 0 张，取自缓存 35 张；112 个部分中重写 1 个，其余未变）\n$/);
    const again = tree(out);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    expect(changed(first, again)).toEqual([]);
    expect(again.get('manifest.json')!.bytes.equals(first.get('manifest.json')!.bytes)).toBe(true);
  }, 60_000);

  it('a changed power rewrites its own page, the lists that show it, the search index and the open data, and nothing else', () => {
    const before = tree(out);
    edit('name: 食品经营许可\n', 'name: 食品经营许可证核发\n');
    build();
    const after = tree(out);
    const rewritten = changed(before, after);
    expect(rewritten).toContain(LICENCE_PAGE);
    expect(rewritten).toContain('index.html');
    expect(rewritten).toContain('types/licensing.html');
    expect(rewritten.some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(rewritten).toContain('data/catalogue.json');
    expect(rewritten).not.toContain(OTHER_PAGE);
    // and the pages at the two codes it supersedes, which name it
    expect(rewritten.filter((path) => path.startsWith('powers/'))).toEqual(['powers/000131009000.html', 'powers/000131010000.html', LICENCE_PAGE]);
    expect(after.get(LICENCE_PAGE)!.bytes.toString()).toContain('食品经营许可证核发');
  }, 60_000);

  it('a change the search does not show keeps the search index and rewrites the open data', () => {
    const before = tree(out);
    edit('自受理申请之日起十个工作日内', '自受理申请之日起10个工作日内');
    build();
    const rewritten = changed(before, tree(out));
    expect(rewritten).toContain(LICENCE_PAGE);
    expect(rewritten).toContain('data/catalogue.csv');
    expect(rewritten.filter((path) => path.startsWith('pagefind/'))).toEqual([]);
  }, 60_000);

  it('a page edited by hand in the output is written again', () => {
    writeFileSync(join(out, OTHER_PAGE), 'defaced');
    build();
    expect(readFileSync(join(out, OTHER_PAGE), 'utf8')).toContain('<!doctype html>');
  }, 60_000);

  it('gives the same bytes as a clean build, which writes every file', () => {
    const reused = tree(out);
    const cleanOut = join(temp(), 'site');
    const result = runCli(['build', catalogue, '--out', cleanOut, '--cache-dir', cache, '--clean', '--lang', 'en']);
    expect(result.stderr).toMatch(/^built 71 pages into .* \(35 flowcharts: 0 drawn, 35 from cache; every file written\)\n$/);
    const clean = tree(cleanOut);
    expect([...clean.keys()].sort()).toEqual([...reused.keys()].sort());
    for (const [path, file] of clean) expect(reused.get(path)!.bytes.equals(file.bytes), path).toBe(true);
  }, 60_000);
});
