import { onDemand } from '../util/on-demand.js';

/**
 * `yaml` (the reference parser, with positions) is needed only for files that have findings or
 * that the fast path leaves to it; a clean catalogue never pays for loading it.
 */
export const yamlLibrary = onDemand<typeof import('yaml')>('yaml');
