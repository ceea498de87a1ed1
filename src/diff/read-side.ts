import { readFileSync, statSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Words } from '../core/messages.js';
import { catalogueRootOf, catalogueSettings } from '../lint/run-lint.js';
import { loadCatalogueFiles, type CatalogueTree } from '../load/load-catalogue.js';
import type { ParseCache } from '../load/read-file.js';
import { buildModel } from '../model/build-model.js';
import { OPEN_DATA_FORMAT_VERSION } from '../site/exports/json.js';
import { treeAtRevision } from './from-git.js';
import { catalogueVersion, openDataVersion, type Version } from './version.js';

/*
 * The two sides of `powercat diff`: a catalogue folder, an open-data catalogue.json (format 2), or
 * the catalogue folder at a git revision. Catalogues are read the way lint reads them (the same
 * file selection, the same format-version check) and projected as the site projects them.
 */

export type Side = { kind: 'folder'; root: string; label: Words } | { kind: 'open-data'; path: string; label: Words } | { kind: 'git'; root: string; revision: string; label: Words };

const same = (text: string): Words => ({ zh: text, en: text });

/** A side named by a path: a folder (or a file inside a catalogue) is the catalogue; any other file is open data. */
export function sideOfPath(path: string, cwd: string): Side {
  const absolute = resolve(cwd, path);
  let isFile: boolean;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    throw new UsageError({ 'zh-CN': `没有这个文件或文件夹：${path}`, en: `no such file or folder: ${path}` });
  }
  if (isFile && !/\.ya?ml$/i.test(absolute)) return { kind: 'open-data', path: absolute, label: same(path) };
  return { kind: 'folder', root: catalogueRootOf(path, cwd), label: same(path) };
}

export function sideAtRevision(root: string, revision: string): Side {
  return { kind: 'git', root, revision, label: same(revision) };
}

/** The working tree of `--git REV`: the catalogue folder as it is. */
export function workingTreeSide(root: string): Side {
  return { kind: 'folder', root, label: { zh: '工作区', en: 'working tree' } };
}

/** `cache`: the parse of files the other side has too, shared. */
export async function readSide(side: Side, publicOnly: boolean, cache?: ParseCache): Promise<Version> {
  switch (side.kind) {
    case 'open-data':
      return readOpenData(side.path, side.label);
    case 'folder':
      return readCatalogue(side.root, side.label, publicOnly, undefined, cache);
    case 'git': {
      const tree = treeAtRevision(side.root, side.revision);
      // A revision before the catalogue existed: everything in it is new.
      if (tree === undefined) return openDataVersion({ label: side.label, lang: undefined, publicOnly, unreadable: [] }, []);
      return readCatalogue(side.root, side.label, publicOnly, tree, cache);
    }
  }
}

async function readCatalogue(root: string, label: Words, publicOnly: boolean, tree: CatalogueTree | undefined, cache: ParseCache | undefined): Promise<Version> {
  const { files } = await loadCatalogueFiles(root, (catalogueFile) => catalogueSettings(catalogueFile, new Map()).load, tree, cache);
  const model = buildModel(root, files);
  const lang = model.catalogue?.data.lang;
  return catalogueVersion(
    {
      label,
      lang: lang === 'en' || lang === 'zh-CN' ? lang : undefined,
      publicOnly,
      unreadable: files.filter((f) => f.problems.length > 0).map((f) => relative(root, f.path)),
    },
    model,
  );
}

function readOpenData(path: string, label: Words): Version {
  const name = basename(path);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new UsageError({
      'zh-CN': `${name} 不是 JSON 文件：powercat diff 比较清单文件夹、开放数据 catalogue.json 或 git 修订版本（--git）`,
      en: `${name} is not JSON: powercat diff compares catalogue folders, open-data catalogue.json files or git revisions (--git)`,
    });
  }
  const record = document !== null && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>) : {};
  const version = record.formatVersion;
  if (version !== OPEN_DATA_FORMAT_VERSION) {
    const given = typeof version === 'number' ? String(version) : undefined;
    throw new UsageError(
      given === '1'
        ? {
            'zh-CN': `${name} 是开放数据格式 1（时限等为文字，无法逐项比较）：请用本版 powercat 重新生成网站，得到格式 2 的 catalogue.json`,
            en: `${name} is open-data format 1 (time limits and more as text, which cannot be compared field by field): build the site again with this powercat to get a format-2 catalogue.json`,
          }
        : {
            'zh-CN': `${name} 不是 powercat 开放数据格式 ${OPEN_DATA_FORMAT_VERSION} 的 catalogue.json（formatVersion 为 ${given ?? '空'}）`,
            en: `${name} is not a powercat open-data catalogue.json of format ${OPEN_DATA_FORMAT_VERSION} (its formatVersion is ${given ?? 'missing'})`,
          },
    );
  }
  if (!Array.isArray(record.powers)) {
    throw new UsageError({ 'zh-CN': `${name} 没有 powers 列表，不是完整的开放数据文件`, en: `${name} has no powers list: it is not a whole open-data file` });
  }
  const powers = record.powers.filter((p): p is Record<string, unknown> => p !== null && typeof p === 'object' && !Array.isArray(p));
  return openDataVersion({ label, lang: undefined, publicOnly: true, unreadable: [] }, powers);
}
