import { Presets, SingleBar } from 'cli-progress';
import type { RebuildProgress } from '@app/projections';

/** A rebuild's progress bar on stderr (drawn only on a terminal): log position against the head. */
export function rebuildProgressBar(name: string): { update(progress: RebuildProgress): void; stop(): void } {
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: `${name.padEnd(16)} [{bar}] {percentage}% | {events} events | position {value}/{total}`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update({ position, head, events }) {
      const total = Math.max(Number(head), 1);
      if (!started) bar.start(total, 0, { events: 0 });
      started = true;
      bar.setTotal(total);
      bar.update(Math.min(Number(position), total), { events });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
