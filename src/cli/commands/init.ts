import { lstatSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { chooseLang } from '../../core/messages.js';
import { CATALOGUE_FILE, findCatalogueRoot } from '../../load/find-root.js';
import { starterFiles } from '../../scaffold/starter-files.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT } from '../exit-codes.js';
import { reasonOf } from '../../core/file-reasons.js';
import { powercatCommand, shellWord } from '../next-command.js';
import { checkOutputPath } from '../output-paths.js';

/**
 * `powercat init`: the starter catalogue, written around what is there. A file that exists is
 * never touched (kept, and said so); a folder that already holds a catalogue is refused; and the
 * files are written all or none.
 */
export function initCommand(dir: string, flags: { lang?: string }): number {
  const lang = chooseLang(flags.lang, undefined, process.env);
  const root = resolve(dir);
  if (exists(join(root, CATALOGUE_FILE))) {
    const schemas = join(dir, 'schemas');
    throw new UsageError({
      'zh-CN': `${join(dir, CATALOGUE_FILE)} 已存在：这里已有清单，init 只新建清单，什么也没有写；要更新编辑器用的 JSON Schema，请运行 powercat schema --out ${schemas}`,
      en: `${join(dir, CATALOGUE_FILE)} exists: this folder already holds a catalogue, and init only starts new ones (nothing was written); to refresh the editor schemas, run powercat schema --out ${schemas}`,
    });
  }
  const outer = findCatalogueRoot(root);
  if (outer !== undefined) {
    throw new UsageError({
      'zh-CN': `${dir} 位于 ${outer} 的清单之内，一个清单里不能再有清单；什么也没有写。请换一个清单之外的文件夹`,
      en: `${dir} is inside the catalogue at ${outer}, and a catalogue cannot hold another; nothing was written. Choose a folder outside it`,
    });
  }
  checkOutputPath(dir, 'filled folder', dir);
  const id = basename(root).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'catalogue';
  const files = starterFiles(/^[a-z0-9]/.test(id) ? id : `catalogue-${id}`);
  const paths = Object.keys(files);
  const kept = paths.filter((path) => exists(join(root, path)));
  const written = paths.filter((path) => !kept.includes(path));
  writeAllOrNone(root, written.map((path) => [path, files[path]!]), dir);
  const text = INIT_TEXT[lang];
  process.stdout.write(
    [
      text.started(dir),
      ...written.map((path) => `  ${text.wrote}  ${path}`),
      ...kept.map((path) => `  ${text.kept}  ${path}${text.keptWhy}`),
      text.next(`${powercatCommand(process.cwd(), process.env, process.argv[1])} lint ${shellWord(dir)}`),
    ].join('\n') + '\n',
  );
  return EXIT.ok;
}

const INIT_TEXT = {
  'zh-CN': {
    started: (dir: string) => `已在 ${dir} 新建清单：`,
    wrote: '写入',
    kept: '保留',
    keptWhy: '（已存在，未改动）',
    next: (command: string) => `下一步：按实际情况编辑这些文件，然后运行 ${command}`,
  },
  en: {
    started: (dir: string) => `started a catalogue in ${dir}:`,
    wrote: 'wrote',
    kept: 'kept ',
    keptWhy: ' (it exists; left as it was)',
    next: (command: string) => `next: edit the files, then run "${command}"`,
  },
};

/**
 * Writes the files, or none: every folder on their way is checked first (a file or a link there
 * stops init before anything is written), and a write that fails takes back the ones before it.
 */
function writeAllOrNone(root: string, files: readonly (readonly [string, string])[], dir: string): void {
  const newFolders = new Set<string>();
  for (const [path] of files) {
    for (let folder = dirname(join(root, path)); folder !== root; folder = dirname(folder)) {
      const found = lstatOf(folder);
      if (!found) newFolders.add(folder);
      else if (!found.isDirectory()) throw notAFolder(join(dir, folder.slice(root.length + 1)));
    }
  }
  const done: string[] = [];
  for (const [path, content] of files) {
    try {
      writeFileAtomic(join(root, path), content);
    } catch (error) {
      for (const file of done) rmSync(file, { force: true });
      for (const folder of [...newFolders].sort((a, b) => b.length - a.length)) rmdirQuietly(folder);
      const reason = reasonOf(error);
      throw new UsageError({
        'zh-CN': `无法写入 ${join(dir, path)}（${reason['zh-CN']}）；已撤回，什么也没有写。请检查权限后重试`,
        en: `cannot write ${join(dir, path)} (${reason.en}); undone, nothing was written. Check the permissions and try again`,
      });
    }
    done.push(join(root, path));
  }
}

const notAFolder = (path: string) =>
  new UsageError({
    'zh-CN': `${path} 是文件或链接，而 init 要在这里建文件夹；什么也没有写。请移走它，或换一个文件夹`,
    en: `${path} is a file or a link where init makes a folder; nothing was written. Move it away, or choose another folder`,
  });

const exists = (path: string) => lstatOf(path) !== undefined;

function lstatOf(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function rmdirQuietly(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // not empty (someone else wrote there) or gone: left as it is
  }
}
