import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { EXIT } from './exit-codes.js';
import { POWERCAT_VERSION } from '../core/version.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parses the command line and runs one command; returns the exit code (0 ok, 1 findings, 2 usage or internal error). */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const program = new Command('powercat')
    .description('Lint and publish government power catalogues (权力清单 / 权责清单) kept as YAML')
    .version(POWERCAT_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('lint')
    .description('check a catalogue: YAML syntax, schema and rules (检查权力清单)')
    .argument('[paths...]', 'catalogue folders, or files and folders inside one', [])
    .option('-f, --format <name[:file]>', 'report format: stylish, codeframe, json or github; repeatable, each optionally to its own file', collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', (v) => parseCount(v))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh-CN', 'en']))
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--baseline-write <file>', 'record the current findings as the baseline and exit 0')
    .option('--jobs <n>', 'threads that read and check files (default: the number of cores; 1: no threads)', (v) => parsePositive(v))
    .option('--cache', 'keep what each file gave in a cache and read again only the files that changed')
    .option('--cache-location <dir>', 'folder of the cache (default: $XDG_CACHE_HOME/powercat/lint); implies --cache')
    .option('--changed-since <ref>', 'report only findings in files changed since this git ref, and those the change brought elsewhere')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (paths: string[], options) => {
      debug = Boolean(options.debug);
      const { lintCommand } = await import('./commands/lint.js');
      exitCode = await lintCommand(paths, options);
    });

  drawingOptions(program.command('build'))
    .description('build the disclosure website: pages, flowcharts, open data (生成公开网站)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to write the site into (replaced as a whole at the end)')
    .option('--clean', 'write every file again instead of reusing the unchanged ones of the previous build')
    .option('--timings', 'print where the time went, as one JSON line on stderr')
    .option('--watch', 'keep watching the catalogue and build again after every change (Ctrl-C to stop)')
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      if (options.watch) {
        const { watchBuildCommand } = await import('./commands/watch-build.js');
        exitCode = await watchBuildCommand(dir, options);
        return;
      }
      const { buildCommand } = await import('./commands/build.js');
      exitCode = await buildCommand(dir, options);
    });

  drawingOptions(program.command('preview'))
    .description('build the site, serve it locally and rebuild and reload on every change (预览网站)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to build the site into and serve from (replaced as a whole on every build)')
    .option('--port <n>', 'port to serve on; 0 takes any free one', parsePort, 4173)
    .option('--host <address>', 'address to serve on', '127.0.0.1')
    .option('--no-watch', 'serve the site as built, without rebuilding on changes')
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      const { previewCommand } = await import('./commands/preview.js');
      exitCode = await previewCommand(dir, options);
    });

  drawingOptions(program.command('render'))
    .description('draw every process as a flowchart: Mermaid source and SVG (绘制流程图)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to write the .mmd/.svg files and flowcharts.json into (replaced as a whole)')
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      const { renderCommand } = await import('./commands/render.js');
      exitCode = await renderCommand(dir, options);
    });

  program
    .command('init')
    .description('start a new catalogue with example files and schemas (新建清单)')
    .argument('[dir]', 'folder to create it in', '.')
    .action(async (dir: string) => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = initCommand(dir);
    });

  program
    .command('explain')
    .description('describe a rule, with examples (说明规则); without a rule, list them all')
    .argument('[rule]', 'rule id, e.g. code-duplicate')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh-CN', 'en']))
    .option('--markdown', 'print the documentation of every rule as Markdown (docs/rules.md)')
    .action(async (rule: string | undefined, options: { lang?: string; markdown?: boolean }) => {
      const { explainCommand } = await import('./commands/explain.js');
      exitCode = explainCommand(rule, options);
    });

  program
    .command('schema')
    .description('write the JSON Schemas of the catalogue format (for editors) 输出 JSON Schema')
    .requiredOption('--out <dir>', 'folder to write the *.schema.json files into')
    .action(async (options: { out: string }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = schemaCommand(options.out);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, debug);
  }
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n === 0) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** The options of every command that lints and draws flowcharts (build, preview, render). */
function drawingOptions(command: Command): Command {
  return command
    .option('--browser <path>', 'Chromium or Chrome to draw flowcharts with (default: PUPPETEER_EXECUTABLE_PATH, then the system\'s)')
    .option('--cache-dir <dir>', 'where drawn SVGs and the record of the last build are kept (default: $XDG_CACHE_HOME/powercat/flowcharts)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh-CN', 'en']))
    .option('--debug', 'print stack traces of internal errors');
}

function parsePort(value: string): number {
  const port = parseCount(value);
  if (port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

function failure(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
      ? EXIT.ok
      : EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`powercat: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`powercat: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT.usage;
}
