// Preloaded into a benchmarked process: report its peak resident memory when it exits.
process.on('exit', () => process.stderr.write(`\nmaxrss=${process.resourceUsage().maxRSS}\n`))
