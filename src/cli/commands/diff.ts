import { runDiff, unsupportedMessage, type DiffFormat } from '../../diff/run-diff.js';
import { EXIT } from '../exit-codes.js';

export interface DiffFlags {
  git?: string;
  format: DiffFormat;
  public?: boolean;
  exitCode?: boolean;
  failOn?: 'burden-up';
  lang?: string;
}


/** Prints the comparison; 1 with --exit-code when anything changed, or with --fail-on burden-up when a burden-up change has no basis. */
export async function diffCommand(paths: string[], flags: DiffFlags): Promise<number> {
  const outcome = await runDiff({
    paths,
    git: flags.git,
    cwd: process.cwd(),
    format: flags.format,
    publicOnly: Boolean(flags.public),
    lang: flags.lang,
    env: process.env,
    color: flags.format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
  process.stdout.write(outcome.report);
  for (const note of outcome.notes) process.stderr.write(`powercat: ${note}\n`);
  let code: number = EXIT.ok;
  if (flags.exitCode && outcome.changed) code = EXIT.findings;
  if (flags.failOn === 'burden-up' && outcome.unsupported.length > 0) {
    process.stderr.write(`powercat: ${unsupportedMessage(outcome.unsupported, outcome.lang)}\n`);
    code = EXIT.findings;
  }
  return code;
}
