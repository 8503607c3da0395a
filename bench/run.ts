// `npm run bench`: every measured figure the README quotes, in one run, written as Markdown tables
// to stdout and to bench/results/latest.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bench as eventsBench } from './events';
import { hostResponsiveness } from './host';
import { seedComparison, spacingQuality, spacingSpeed } from './spacing';
import { toMarkdown, type BenchTable } from './table';

async function main(): Promise<void> {
  const only = process.argv[2];
  const tables: BenchTable[] = [];
  const section = async (name: string, make: () => BenchTable[] | Promise<BenchTable[]>) => {
    if (only && only !== name) return;
    const started = performance.now();
    for (const t of await make()) {
      tables.push(t);
      console.log(toMarkdown(t) + '\n');
    }
    console.error(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  await section('spacing', async () => [...spacingQuality(), seedComparison(), await spacingSpeed()]);
  await section('events', () => eventsBench());
  await section('host', () => [hostResponsiveness()]);
  const out = path.resolve(__dirname, '..', '..', 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const header = `# Tadqiq benchmarks\n\n${new Date().toISOString()} · Node ${process.version} · ${require('node:os').cpus().length} cores\n\n`;
  fs.writeFileSync(path.join(out, only ? `latest-${only}.md` : 'latest.md'), header + tables.map(toMarkdown).join('\n\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
