/** One benchmark case's figures, as the table in the README shows them. */
export interface Measurement {
  case: string;
  contacts: number;
  store: string;
  seconds: number;
  /** User plus system CPU time, where the case measures it. */
  cpuSeconds?: number;
  apiCalls?: number;
  writes?: number;
  peakMemoryMb: number;
  note?: string;
}

export function peakMemoryMb(): number {
  // maxRSS is in kilobytes: the peak resident memory of this process so far.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { seconds: (performance.now() - start) / 1000, result };
}

/** The middle value (the mean of the two middle ones for an even count): robust to a busy machine. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
