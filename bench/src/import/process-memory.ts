import { readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in MiB (VmRSS now, VmHWM the peak since the process started). */
export function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  if (line === undefined) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** Samples VmRSS every `everyMs` while `work` runs: the peak of that work alone (VmHWM, read after it, is the process's). */
export async function peakRssDuring<T>(
  pid: number,
  work: () => Promise<T>,
  everyMs = 20,
): Promise<{ result: T; peakMiB: number; beforeMiB: number; hwmMiB: number }> {
  const beforeMiB = statusMiB(pid, 'VmRSS');
  let peakMiB = beforeMiB;
  const timer = setInterval(() => (peakMiB = Math.max(peakMiB, statusMiB(pid, 'VmRSS'))), everyMs);
  try {
    const result = await work();
    peakMiB = Math.max(peakMiB, statusMiB(pid, 'VmRSS'));
    return { result, peakMiB, beforeMiB, hwmMiB: statusMiB(pid, 'VmHWM') };
  } finally {
    clearInterval(timer);
  }
}
