/** A result table of the benchmarks, printed as Markdown (the README quotes these tables). */
export interface BenchTable {
  title: string;
  header: string[];
  rows: string[][];
  notes?: string[];
}

export function toMarkdown(t: BenchTable): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [`### ${t.title}`, '', line(t.header), line(t.header.map(() => '---')), ...t.rows.map(line), '', ...(t.notes ?? []).map((n) => `- ${n}`)].join('\n');
}

/** Peak resident memory of this process so far, in MB (Linux: VmHWM). */
export function peakRssMb(): number {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const status: string = require('node:fs').readFileSync('/proc/self/status', 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall back to the current RSS
  }
  return process.memoryUsage().rss / 1e6;
}
