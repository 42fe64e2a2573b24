// Preloaded into `balans import` by import-cli.ts when GNU time is missing: writes the peak RSS (kB) at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_MAX_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
