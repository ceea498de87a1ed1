import { UsageError } from '../../core/errors.js';
import type { LocalizedText } from '../../core/messages.js';
import { commandLang } from '../command-lang.js';
import { FlowchartCache } from '../../flowchart/cache.js';
import { catalogueRootOf } from '../../lint/run-lint.js';
import { EXIT } from '../exit-codes.js';
import { watchCatalogue, type CatalogueWatcher } from '../../preview/watch.js';
import { buildCommand, type BuildFlags } from './build.js';

/**
 * `powercat build --watch`: builds, then again after every change of the catalogue, until Ctrl-C
 * (exit 0). A build with errors prints its findings and the watch goes on; only a usage error of
 * the first build (a wrong --out, no catalogue) ends it.
 */
export async function watchBuildCommand(dir: string, flags: BuildFlags): Promise<number> {
  const stop = interrupted();
  await buildCommand(dir, flags);
  const watcher = await rebuildOnChange(dir, flags);
  process.stderr.write(`powercat: ${WATCHING[commandLang(dir, flags.lang)]}\n`);
  await stop;
  await watcher.close();
  return EXIT.ok;
}

/** Builds again after every change of the catalogue; `onBuilt` follows each successful build. Resolves once watching. */
export function rebuildOnChange(dir: string, flags: BuildFlags, onBuilt: () => void = () => undefined): Promise<CatalogueWatcher> {
  return watchCatalogue(catalogueRootOf(dir, process.cwd()), {
    ignore: [flags.out, flags.cacheDir ?? FlowchartCache.defaultDir(process.env)],
    onChange: async () => {
      process.stderr.write(`powercat: ${REBUILDING[commandLang(dir, flags.lang)]}\n`);
      if ((await buildCommand(dir, flags)) === EXIT.ok) onBuilt();
    },
    onError: (error) => {
      const message = error instanceof UsageError ? error.in(commandLang(dir, flags.lang)) : error instanceof Error ? error.message : String(error);
      process.stderr.write(`powercat: ${message}\n`);
    },
  });
}

const WATCHING: LocalizedText = { 'zh-CN': '正在监视清单的改动（按 Ctrl-C 停止）', en: 'watching the catalogue for changes (Ctrl-C to stop)' };
const REBUILDING: LocalizedText = { 'zh-CN': '清单有改动，重新生成……', en: 'change detected, rebuilding…' };

/**
 * Resolves on Ctrl-C. Taken at the start of a command, so that one pressed during the first build
 * still ends it cleanly; only the first is caught, so a second ends the process at once.
 */
export function interrupted(): Promise<void> {
  return new Promise((resolve) => process.once('SIGINT', () => resolve()));
}
