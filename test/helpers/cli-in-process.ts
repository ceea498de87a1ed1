// The compiled CLI, as bin/powercat.js loads it: worker threads find their compiled scripts beside it.
import { run } from '../../dist/cli/main.js';
import { REPO, type CliResult } from './catalogue.js';

/*
 * `powercat ARGS` run inside the test's process: `run(argv)` of dist/cli/main.js — what
 * bin/powercat.js calls — with the environment, folder and output streams a spawned CLI would
 * have (runCli's: NO_COLOR=1, LANG=en_US.UTF-8, LC_ALL unset, then the test's env; cwd the
 * repository unless given), and its exit code. Starting node and loading powercat once per file
 * instead of once per call makes the many short CLI assertions fast on a busy machine. Runs are
 * serialized: the environment, the folder and the streams belong to the whole process. What needs
 * a process of its own — another user, signals, the bin script itself — uses runCli.
 */

let last: Promise<unknown> = Promise.resolve();

export function runCliHere(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const next = last.then(() => runOnce(args, options));
  last = next.catch(() => undefined);
  return next;
}

async function runOnce(args: string[], options: { cwd?: string; env?: Record<string, string> }): Promise<CliResult> {
  const env: Record<string, string> = { NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const cwd = process.cwd();
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
  process.chdir(options.cwd ?? REPO);
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    const code = await run(args);
    return { code, ...captured };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.chdir(cwd);
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
