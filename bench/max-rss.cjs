// Preloaded with `node --require` so a bench child reports its own peak memory when it exits, and
// the CPU seconds it used (all its threads): on a shared machine, wall time alone misleads.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\n@@maxrss ${usage.maxRSS}\n@@cpu ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}\n`);
});
