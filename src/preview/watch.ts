import { basename, relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';

export interface WatchOptions {
  /** Folders powercat writes into (the output, the cache); their `.powercat-*` siblings from the atomic swap too. */
  ignore: readonly string[];
  /** Runs once a burst of changes has settled; never twice at once. */
  onChange: () => Promise<void>;
  /** A failed `onChange`, or the watcher's own trouble (e.g. the system's limit of watches); watching goes on. */
  onError: (error: unknown) => void;
  debounceMs?: number;
}

export interface CatalogueWatcher {
  /** Stops watching; resolves once an `onChange` in progress has ended. */
  close(): Promise<void>;
}

/**
 * Calls `onChange` after the catalogue's files change. chokidar rather than Node 20's recursive
 * `fs.watch`: on Linux that one walks and watches every folder, node_modules and the output
 * included, with no way to leave a subtree out, and it has lost and crashed on events under churn
 * (nodejs/node#48437, #52018) — exactly what the output's atomic swap produces on every build.
 * Resolves once the initial scan is done, so every later change is seen.
 */
export async function watchCatalogue(root: string, options: WatchOptions): Promise<CatalogueWatcher> {
  const folder = resolve(root);
  const run = serially(options.onChange, options.onError);
  let settling: NodeJS.Timeout | undefined;
  const watcher = watch(folder, { ignoreInitial: true, ignored: ignoredBy(folder, options.ignore) });
  watcher.on('all', (_event, path) => {
    if (!canChangeTheBuild(path)) return;
    clearTimeout(settling);
    settling = setTimeout(run.demand, options.debounceMs ?? 150);
  });
  watcher.on('error', options.onError);
  await new Promise<void>((ready) => watcher.once('ready', ready));
  return {
    async close() {
      clearTimeout(settling);
      await watcher.close();
      await run.stop();
    },
  };
}

/** The catalogue's YAML, and the .gitignore files that decide which YAML is read (editors' swap and backup files are not). */
const canChangeTheBuild = (path: string) => /\.ya?ml$/.test(path) || basename(path) === '.gitignore';

function ignoredBy(root: string, ignore: readonly string[]): (path: string) => boolean {
  const owned = ignore.map((folder) => resolve(folder));
  return (path) => {
    const segments = relative(root, path).split(sep);
    const hidden = segments.some((s, i) => s === 'node_modules' || (s.startsWith('.') && !(s === '.gitignore' && i === segments.length - 1)));
    return hidden || owned.some((folder) => path === folder || path.startsWith(folder + sep) || path.startsWith(`${folder}.powercat-`));
  };
}

/** `demand` runs the task, or, while it runs, exactly once more after it. */
function serially(task: () => Promise<void>, onError: (error: unknown) => void) {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const loop = async () => {
    do {
      again = false;
      await task().catch(onError);
    } while (again && !stopped);
    running = undefined;
  };
  return {
    demand() {
      if (stopped) return;
      if (running) again = true;
      else running = loop();
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}
