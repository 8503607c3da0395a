// Preloaded with `node --require` into a benchmarked process: at exit, it writes the process's
// peak resident memory (kB) to the file named by TADQIQ_RSS_FILE. Works for CJS and ESM programs.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.TADQIQ_RSS_FILE) fs.writeFileSync(process.env.TADQIQ_RSS_FILE, String(process.resourceUsage().maxRSS));
});
