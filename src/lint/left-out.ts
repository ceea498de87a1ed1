import { lstatSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang, LocalizedText } from '../core/messages.js';

/**
 * Every path `lint` was given must lead to files the catalogue is made of: one that leads to none
 * (not YAML, a symbolic link, excluded, ignored, an empty folder) is a usage error that says why —
 * never a silent "✔ 0 files" for a file that was not read.
 */
export function checkPathsRead(root: string, scope: readonly string[], files: readonly string[], cwd: string, lang: Lang): void {
  for (const path of scope) {
    if (path === root || files.some((file) => file === path || file.startsWith(path + sep))) continue;
    throw new UsageError(WHY[whyLeftOut(root, path)](relative(cwd, path) || '.')[lang]);
  }
}

type Why = 'link' | 'folder' | 'notYaml' | 'leftOut';

function whyLeftOut(root: string, path: string): Why {
  for (let at = path; at.startsWith(root + sep); at = dirname(at)) {
    if (lstatSync(at).isSymbolicLink()) return 'link';
  }
  if (statSync(path).isDirectory()) return 'folder';
  return /\.ya?ml$/.test(path) ? 'leftOut' : 'notYaml';
}

const WHY: Readonly<Record<Why, (path: string) => LocalizedText>> = {
  link: (path) => ({
    'zh-CN': `${path} 是符号链接（或在链接的文件夹中），powercat 不读取链接；请直接检查链接指向的文件`,
    en: `${path} is a symbolic link (or inside a linked folder), and powercat reads no links; lint the file it points to`,
  }),
  folder: (path) => ({
    'zh-CN': `${path} 中没有清单的 YAML 文件（或都被 powercat.yaml 的 exclude、.gitignore 排除，或是 upstream 中的上级目录、隐藏、node_modules、输出文件夹）`,
    en: `${path} holds no YAML file of the catalogue (or all are left out by exclude: in powercat.yaml, by .gitignore, or as an upstream list, a hidden, node_modules or output folder)`,
  }),
  notYaml: (path) => ({
    'zh-CN': `${path} 不是 YAML 文件（.yaml 或 .yml），不属于清单；请给出清单中的 YAML 文件或文件夹`,
    en: `${path} is not a YAML file (.yaml or .yml), so not part of the catalogue; give the catalogue's YAML files or folders`,
  }),
  leftOut: (path) => ({
    'zh-CN': `${path} 不在清单之内：被 powercat.yaml 的 exclude 或 .gitignore 排除，或是 upstream 中的上级目录（只作为数据读取），或位于隐藏、node_modules、输出文件夹中；要检查它，请先取消排除`,
    en: `${path} is left out of the catalogue: by exclude: in powercat.yaml, by .gitignore, as an upstream list (read as data only), or as part of a hidden, node_modules or output folder; lift that to lint it`,
  }),
};
