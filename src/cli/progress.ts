import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  /** Ends the bar (on a terminal) and prints the summary line, if any. */
  finish(summary?: string): void;
}

/** A bar with count and ETA on a terminal; elsewhere (CI logs, files) only the summary line. */
export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, finish: (summary) => void (summary !== undefined && stream.write(summary + '\n')) };
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {value}/{total}  ETA {eta_formatted}`, stream, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar.update(done);
    },
    finish(summary) {
      bar?.stop();
      if (summary !== undefined) stream.write(summary + '\n');
    },
  };
}
