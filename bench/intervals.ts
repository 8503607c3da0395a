// 95 % intervals for the benchmark's rates: how far a figure could move on another sample of the
// same kind of text. Glued cases and false flags are treated as independent events (they are
// nearly so: two cases an article, far apart), so the intervals are a floor on the real spread.

const Z = 1.959964;

/** Wilson score interval of the proportion k/n, as fractions [low, high]. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Interval of a Poisson count k (Byar's approximation: within 1 % of the exact interval from k = 1). */
export function poisson(k: number): [number, number] {
  const low = k === 0 ? 0 : k * (1 - 1 / (9 * k) - Z / (3 * Math.sqrt(k))) ** 3;
  const next = k + 1;
  return [low, next * (1 - 1 / (9 * next) + Z / (3 * Math.sqrt(next))) ** 3];
}

/** "96.3 % (95.6–97.0)": a proportion with its interval. */
export function percentWithInterval(k: number, n: number): string {
  const [low, high] = wilson(k, n);
  const pct = (x: number) => (100 * x).toFixed(1);
  return `${pct(n ? k / n : 0)} % (${pct(low)}–${pct(high)})`;
}

/** "0.98 (0.70–1.33)": a count per 10,000 words with its interval. */
export function per10kWithInterval(count: number, words: number): string {
  const [low, high] = poisson(count);
  const rate = (x: number) => ((x / words) * 1e4).toFixed(2);
  return `${rate(count)} (${rate(low)}–${rate(high)})`;
}
