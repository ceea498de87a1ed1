import { DEFAULT_WIDTH } from '../report/formatters/types.js';

/**
 * Columns a report may fill: the terminal's width when it goes to one; otherwise (a pipe, a file,
 * a CI log) `$COLUMNS` when it is a positive whole number, else DEFAULT_WIDTH.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } | undefined, env: Record<string, string | undefined>): number {
  if (stream?.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}
