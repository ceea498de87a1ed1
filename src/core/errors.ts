/** A problem with how powercat was called (exit code 2), as opposed to findings in the catalogue. */
export class UsageError extends Error {
  override name = 'UsageError';
}
