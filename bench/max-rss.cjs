// Preloaded with `node --require` so a bench child reports its own peak memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
