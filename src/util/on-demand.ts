import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package (or a file of one) loaded the first time it is asked for, not when powercat starts:
 * a run that never needs it never pays for loading it (each costs the lint's start several
 * milliseconds, in every worker thread too).
 */
export function onDemand<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
