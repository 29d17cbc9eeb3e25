// Preloaded into a benchmarked process: report its peak resident memory and CPU time at exit.
process.on('exit', () => {
  const cpu = process.cpuUsage()
  process.stderr.write(
    `\nmaxrss=${process.resourceUsage().maxRSS}\ncpu_us=${cpu.user + cpu.system}\n`
  )
})
