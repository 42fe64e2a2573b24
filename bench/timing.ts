/** Repeated timing of one async piece of work: a few warm-up runs, then percentiles of the measured runs. */

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export const WARM_UP_RUNS = 3;
export const MEASURED_RUNS = 30;

/** The nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export async function timeRuns(work: () => Promise<unknown>, runs = MEASURED_RUNS): Promise<Timing> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await work();
  const millis: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    millis.push(performance.now() - start);
  }
  millis.sort((a, b) => a - b);
  return { p50: percentile(millis, 50), p95: percentile(millis, 95), runs };
}

export function formatMillis(ms: number): string {
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(1)} ms`;
}
