/** Runs `step` back to back for `seconds`; answers how many steps completed per second. */
export async function ratePerSecond(seconds: number, step: (n: number) => unknown): Promise<number> {
  const started = performance.now();
  const until = started + seconds * 1000;
  let count = 0;
  while (performance.now() < until) await step(count++);
  return count / ((performance.now() - started) / 1000);
}

/** Like ratePerSecond, with `workers` loops running at once. */
export async function concurrentRate(
  seconds: number,
  workers: number,
  step: (worker: number, n: number) => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  const until = started + seconds * 1000;
  let count = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let n = 0; performance.now() < until; n++) {
        await step(worker, n);
        count++;
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** Milliseconds each call of `probe` took, `times` calls one after another. */
export async function latencies(times: number, probe: (n: number) => unknown): Promise<number[]> {
  const taken: number[] = [];
  for (let n = 0; n < times; n++) {
    const started = performance.now();
    await probe(n);
    taken.push(performance.now() - started);
  }
  return taken;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Samples resident memory while `work` runs; answers its result and the peak RSS in MiB. */
export async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
