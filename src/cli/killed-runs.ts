import { removeOrphanedProfiles } from '../flowchart/profile-dir.js';
import { tidyOutput } from '../output/output-dir.js';

/**
 * First thing of every run that writes `out`, whatever becomes of it: what earlier runs killed
 * mid-way left behind (an output folder moved aside, unfinished site versions, browser profiles)
 * is put back or removed.
 */
export function repairAfterKilledRuns(out: string): void {
  tidyOutput(out);
  removeOrphanedProfiles();
}
