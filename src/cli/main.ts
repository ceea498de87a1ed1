import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { POWERCAT_VERSION as version } from '../core/version.js';
import { chooseLang, LANGS, type Lang } from '../core/messages.js';
import { EXIT } from './exit-codes.js';
import { commandLang } from './command-lang.js';
import { fileSystemProblem } from './file-problems.js';

/** `--lang`, as every command takes it: one of the languages powercat speaks. */
const langOption = (description = 'language of messages') => new Option('--lang <lang>', description).choices(LANGS);


function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parses the command line and runs one command; returns the exit code (0 ok, 1 findings, 2 usage or internal error). */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const lang = chooseLang(langFlag(argv), undefined, process.env);
  /** The language a command's failure is told in: its catalogue's, once the command knows which. */
  let speaking = lang;
  const about = (dir: string | undefined, flag: string | undefined) => {
    speaking = commandLang(dir ?? '.', flag);
  };
  const program = new Command('powercat')
    .description('Lint and publish government power catalogues (权力清单 / 权责清单) kept as YAML')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      // commander's "error: …" (and its "(Did you mean …?)" on the next line), as one line that says where the usage is
      outputError: (text) => process.stderr.write(`powercat: ${oneLine(text.replace(/^error: /, ''))} (${HELP_HINT[lang](helpCommand(argv, program))})\n`),
    });

  program
    .command('lint')
    .description('check a catalogue: YAML syntax, schema and rules (检查权力清单)')
    .argument('[paths...]', 'catalogue folders, or files and folders inside one', [])
    .option('-f, --format <name[:file]>', 'report format: stylish, codeframe, json or github; repeatable, each optionally to its own file', collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', (v) => parseCount(v))
    .addOption(langOption())
    .option('--rule <id=level>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--baseline-write <file>', 'record the current findings as the baseline and exit 0')
    .option('--jobs <n>', 'threads that read and check files, the main thread among them (default: one per core once there are 64 MB of YAML to read; 1: the main thread alone)', (v) => parsePositive(v))
    .option('--cache', 'keep what each file gave in a cache and read again only the files that changed')
    .option('--cache-location <dir>', 'folder of the cache (default: $XDG_CACHE_HOME/powercat/lint); implies --cache')
    .option('--changed-since <ref>', 'report only findings in files changed since this git ref, and those the change brought elsewhere')
    .option('--debug', 'print stack traces of internal errors, and what the lint took from the cache')
    .action(async (paths: string[], options) => {
      debug = Boolean(options.debug);
      about(paths[0], options.lang);
      const { lintCommand } = await import('./commands/lint.js');
      exitCode = await lintCommand(paths, options);
    });

  program
    .command('audit')
    .description('hold handling records against the catalogue: time limits, steps, posts (电子监察)')
    .argument('<records...>', 'records files: JSON Lines (.jsonl) or CSV (.csv)')
    .option('--catalogue <dir>', 'the catalogue folder', '.')
    .option('--as-of <date>', 'judge pending cases on this date, YYYY-MM-DD (default: the latest date in the records)')
    .option('-f, --format <name[:file]>', 'report format: stylish, codeframe, json, sarif, junit or github; repeatable, each optionally to its own file', collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--report <dir>', 'also write an HTML audit report into this folder (replaced as a whole; it names persons: never publish it with the site)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', (v) => parseCount(v))
    .addOption(langOption())
    .option('--rule <id=level>', 'set an audit rule to off, warn or error (repeatable)', collect, [])
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--baseline-write <file>', 'record the current findings as the baseline and exit 0')
    .option('--jobs <n>', 'threads to read the records with (default: one per core; 1 reads in the main thread)', (v) => parsePositive(v))
    .option('--debug', 'print stack traces of internal errors')
    .action(async (records: string[], options) => {
      debug = Boolean(options.debug);
      about(options.catalogue, options.lang);
      const { auditCommand } = await import('./commands/audit.js');
      exitCode = await auditCommand(records, options);
    });

  program
    .command('diff')
    .description('compare two versions of a catalogue: added, removed, abolished, superseded, changed, burden (动态调整)')
    .argument('[versions...]', 'OLD NEW: catalogue folders or open-data catalogue.json files; with --git, the catalogue folder (default .)', [])
    .option('--git <range>', 'compare git revisions of the catalogue: A..B, A...B (from their merge base), or A (A against the working tree)')
    .addOption(new Option('-f, --format <name>', 'report format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--public', 'compare only what the site publishes')
    .option('--exit-code', 'exit 1 when anything changed (as git diff --exit-code)')
    .addOption(new Option('--fail-on <what>', 'exit 1 when a burden-up change has no basis in the power\'s history').choices(['burden-up']))
    .addOption(langOption('language of the report'))
    .option('--debug', 'print stack traces of internal errors')
    .action(async (versions: string[], options) => {
      debug = Boolean(options.debug);
      about(options.git === undefined ? versions[1] : versions[0], options.lang);
      const { diffCommand } = await import('./commands/diff.js');
      exitCode = await diffCommand(versions, options);
    });

  program
    .command('upstream')
    .description('coverage of the upstream lists: implemented, not applicable, missing, differing items (与上级目录对照)')
    .argument('[dir]', 'the catalogue folder', '.')
    .option('-f, --format <name>', 'report format: text, markdown or json', 'text')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(langOption('language of the report'))
    .option('--debug', 'print stack traces of internal errors')
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      const { upstreamCommand } = await import('./commands/upstream.js');
      exitCode = await upstreamCommand(dir, options);
    });

  drawingOptions(program.command('build'))
    .description('build the disclosure website: pages, flowcharts, open data (生成公开网站)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to write the site into (replaced as a whole at the end)')
    .option('--clean', 'write every file again instead of reusing the unchanged ones of the previous build')
    .option('--timings', 'print where the time went, as one JSON line on stderr')
    .option('--watch', 'keep watching the catalogue and build again after every change (Ctrl-C to stop)')
    .option('--sign <key>', 'sign manifest.json with this private key (powercat keygen) into manifest.sig, and publish its public key')
    .option('--previous-manifest <path>', "the previous release's manifest.json (or a copy of its site folder): the new manifest names its SHA-256")
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      about(dir, options.lang);
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
      about(dir, options.lang);
      const { previewCommand } = await import('./commands/preview.js');
      exitCode = await previewCommand(dir, options);
    });

  drawingOptions(program.command('render'))
    .description('draw every process as a flowchart: Mermaid source and SVG (绘制流程图)')
    .argument('[dir]', 'the catalogue folder', '.')
    .requiredOption('--out <dir>', 'folder to write the .mmd/.svg files and flowcharts.json into (replaced as a whole)')
    .action(async (dir: string, options) => {
      debug = Boolean(options.debug);
      about(dir, options.lang);
      const { renderCommand } = await import('./commands/render.js');
      exitCode = await renderCommand(dir, options);
    });

  program
    .command('verify')
    .description("check a copy of a built site against its manifest: every file's SHA-256, the signature, the chain (校验网站)")
    .argument('<site>', 'the site folder (a copy of what powercat build wrote)')
    .option('--key <file>', 'the public key to check manifest.sig with (default: the one the site publishes, /.well-known/powercat.pub)')
    .option('--chain <manifest>', "the previous release's manifest.json (or a copy of its site folder): the site's manifest must name it")
    .addOption(langOption())
    .action(async (site: string, options: { key?: string; chain?: string; lang?: string }) => {
      about(undefined, options.lang);
      const { verifyCommand } = await import('./commands/verify.js');
      exitCode = verifyCommand(site, options);
    });

  program
    .command('keygen')
    .description('make a key pair to sign the site with, or print a key\'s fingerprint (生成签名密钥)')
    .option('--out <file>', 'write the private key here (mode 0600) and the public key beside it as <file>.pub')
    .addOption(new Option('--sign-alg <alg>', 'signature algorithm').choices(['ed25519', 'sm2']).default('ed25519'))
    .option('--fingerprint <file>', 'print the fingerprint of this public (or private) key instead, as the site\'s footer shows it')
    .addOption(langOption())
    .action(async (options: { out?: string; signAlg: 'ed25519' | 'sm2'; fingerprint?: string; lang?: string }) => {
      about(undefined, options.lang);
      const { keygenCommand } = await import('./commands/keygen.js');
      exitCode = keygenCommand(options);
    });

  program
    .command('init')
    .description('start a new catalogue with example files and schemas (新建清单); existing files are kept')
    .argument('[dir]', 'folder to create it in', '.')
    .addOption(langOption())
    .action(async (dir: string, options: { lang?: string }) => {
      about(undefined, options.lang);
      const { initCommand } = await import('./commands/init.js');
      exitCode = initCommand(dir, options);
    });

  program
    .command('import')
    .description('make a catalogue from a published Excel or CSV list (导入 Excel/CSV 清单)')
    .argument('<file>', 'the list: .xlsx or .csv (UTF-8 or GBK)')
    .option('--out <dir>', 'folder to write the catalogue into: new or empty, unless --force')
    .option('--map <file>', 'YAML of column header: field, for headers powercat does not know (docs/import.md)')
    .option('--sheet <name>', 'the worksheet to read (default: the first with a header row powercat knows)')
    .option('--force', 'replace the --out folder as a whole even when it is not empty')
    .option('--print-map', 'print how each column would be read, and write nothing')
    .addOption(langOption('language of messages and of the report'))
    .option('--debug', 'print stack traces of internal errors')
    .action(async (file: string, options) => {
      debug = Boolean(options.debug);
      about(undefined, options.lang);
      const { importCommand } = await import('./commands/import.js');
      exitCode = await importCommand(file, options);
    });

  program
    .command('explain')
    .description('describe a rule, with examples (说明规则); without a rule, list them all')
    .argument('[rule]', 'rule id, e.g. code-duplicate')
    .addOption(langOption('language'))
    .option('--markdown', 'print the documentation of every rule as Markdown (docs/rules.md)')
    .option('--audit', 'with --markdown: the audit rules instead (docs/audit-rules.md)')
    .action(async (rule: string | undefined, options: { lang?: string; markdown?: boolean; audit?: boolean }) => {
      about(undefined, options.lang);
      const { explainCommand } = await import('./commands/explain.js');
      exitCode = explainCommand(rule, options);
    });

  program
    .command('schema')
    .description('write the JSON Schemas of the catalogue format (for editors) 输出 JSON Schema')
    .requiredOption('--out <dir>', 'folder to write the *.schema.json files into')
    .addOption(langOption())
    .action(async (options: { out: string; lang?: string }) => {
      about(undefined, options.lang);
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = schemaCommand(options.out, speaking);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, debug, speaking);
  }
}

const HELP_HINT: Readonly<Record<Lang, (command: string) => string>> = {
  'zh-CN': (command) => `用法见 ${command} --help`,
  en: (command) => `see ${command} --help`,
};

/** `powercat lint` when the line names a command (the first word: powercat itself takes no option with a value), else `powercat`. */
function helpCommand(argv: readonly string[], program: Command): string {
  const first = argv.find((arg) => !arg.startsWith('-'));
  return program.commands.some((command) => command.name() === first) ? `powercat ${first}` : 'powercat';
}

/** `--lang en` or `--lang=en` anywhere on the line: the language of usage errors, before any catalogue is read. */
function langFlag(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--lang');
  return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
}

const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ');

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/** The options of every command that lints and draws flowcharts (build, preview, render). */
function drawingOptions(command: Command): Command {
  return command
    .option('--browser <path>', 'Chromium or Chrome to draw flowcharts with (default: PUPPETEER_EXECUTABLE_PATH, then the system\'s)')
    .option('--cache-dir <dir>', 'where drawn SVGs and the record of the last build are kept (default: $XDG_CACHE_HOME/powercat/flowcharts)')
    .addOption(langOption())
    .option('--debug', 'print stack traces of internal errors');
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function parsePort(value: string): number {
  const port = parseCount(value);
  if (port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

function failure(error: unknown, debug: boolean, lang: Lang): number {
  // --help, --version and `help` exit 0; anything else commander stops at (no command, an unknown
  // one, a missing or bad option) was a usage mistake, already printed with the help or a hint.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  const usage = error instanceof UsageError ? error : fileSystemProblem(error);
  if (usage) {
    process.stderr.write(`powercat: ${usage.in(lang)}\n`);
    if (debug && error instanceof Error && error.stack && usage !== error) process.stderr.write(error.stack + '\n');
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    lang === 'en'
      ? `powercat: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`
      : `powercat: 内部错误：${message}${debug ? '' : '（加 --debug 运行可看详情）'}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT.usage;
}
