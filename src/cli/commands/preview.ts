import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { startPreview, type PreviewServer } from '../../preview/serve.js';
import { EXIT } from '../exit-codes.js';
import { buildCommand, type BuildFlags } from './build.js';
import { commandLang } from '../command-lang.js';
import { interrupted, rebuildOnChange } from './watch-build.js';

export interface PreviewFlags extends BuildFlags {
  port: number;
  host: string;
  watch: boolean;
}

/**
 * `powercat preview`: builds the site, serves it on a local address and, unless --no-watch,
 * rebuilds after every change and reloads the open pages; Ctrl-C ends it (exit 0). With lint
 * errors the previous site is served, when there is one.
 */
export async function previewCommand(dir: string, flags: PreviewFlags): Promise<number> {
  const stop = interrupted();
  const lang = commandLang(dir, flags.lang);
  // Listening first: a port in use is reported before a build has been waited for.
  const server = await listen(flags);
  try {
    if ((await buildCommand(dir, flags)) !== EXIT.ok) {
      if (!existsSync(join(flags.out, 'index.html'))) return EXIT.findings;
      process.stderr.write(`powercat: ${lang === 'en' ? `serving the previous site in ${flags.out}` : `先提供 ${flags.out} 中上一次生成的网站`}\n`);
    }
    const watcher = flags.watch ? await rebuildOnChange(dir, flags, () => server.reload()) : undefined;
    process.stderr.write(`powercat: ${lang === 'en' ? `previewing ${flags.out} at ${server.url} (Ctrl-C to stop)` : `正在预览 ${flags.out}：${server.url}（按 Ctrl-C 停止）`}\n`);
    await stop;
    await watcher?.close();
    return EXIT.ok;
  } finally {
    await server.close();
  }
}

async function listen(flags: PreviewFlags): Promise<PreviewServer> {
  try {
    return await startPreview({ dir: flags.out, port: flags.port, host: flags.host });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const advice =
      code === 'EADDRINUSE' ? { 'zh-CN': '端口已被占用；请用 --port 换一个（0 表示任选空闲端口）', en: 'the port is in use; choose another with --port (0 takes any free one)' }
      : code === 'EACCES' ? { 'zh-CN': '当前用户不能使用该端口；请用 --port 选 1023 以上的端口', en: 'this user may not use the port; choose one above 1023 with --port' }
      : { 'zh-CN': `${message}；请检查 --host`, en: `${message}; check --host` };
    const where = `${flags.host}:${flags.port}`;
    throw new UsageError({ 'zh-CN': `无法在 ${where} 提供预览：${advice['zh-CN']}`, en: `cannot serve on ${where}: ${advice.en}` });
  }
}
