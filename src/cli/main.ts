import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './exit-codes.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parses the command line and runs one command; returns the exit code (0 ok, 1 findings, 2 usage or internal error). */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const program = new Command('powercat')
    .description('Lint and publish government power catalogues (权力清单 / 权责清单) kept as YAML')
    .version(version, '-v, --version')
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
    .option('--debug', 'print stack traces of internal errors')
    .action(async (paths: string[], options) => {
      debug = Boolean(options.debug);
      const { lintCommand } = await import('./commands/lint.js');
      exitCode = await lintCommand(paths, options);
    });

  program
    .command('build')
    .description('build the disclosure website: pages, flowcharts, open data (生成公开网站)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to write the site into (replaced as a whole at the end)')
    .option('--browser <path>', 'Chromium or Chrome to render flowcharts with')
    .option('--cache-dir <dir>', 'where rendered SVGs are cached (default: $XDG_CACHE_HOME/powercat)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh-CN', 'en']))
    .option('--debug', 'print stack traces of internal errors')
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      const { buildCommand } = await import('./commands/build.js');
      exitCode = await buildCommand(dir, options);
    });

  program
    .command('render')
    .description('draw every process as a flowchart: Mermaid source and SVG (绘制流程图)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to write the .mmd/.svg files and flowcharts.json into (replaced as a whole)')
    .option('--browser <path>', 'Chromium or Chrome to render with (default: PUPPETEER_EXECUTABLE_PATH, then the system\'s)')
    .option('--cache-dir <dir>', 'where rendered SVGs are cached (default: $XDG_CACHE_HOME/powercat)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh-CN', 'en']))
    .option('--debug', 'print stack traces of internal errors')
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

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function failure(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
      ? EXIT.ok
      : EXIT.usage;
  }
  if (error instanceof Error && error.name === 'UsageError') {
    process.stderr.write(`powercat: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`powercat: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT.usage;
}
