/** One benchmark case's figures, as the table in the README shows them. */
export interface Measurement {
  case: string;
  contacts: number;
  store: string;
  seconds: number;
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
