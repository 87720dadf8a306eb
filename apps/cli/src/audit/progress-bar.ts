import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  update(value: number, events: number): void;
  stop(events: number): void;
}

/** Redraws at most every this many events: a million updates would cost more than the work they show. */
const REDRAW_EVERY = 500;

/** A progress bar on stderr (drawn only on a terminal), so stdout keeps nothing but the JSON answer. */
export function progressBar(label: string, total: number): Progress {
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {events} events`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const end = Math.max(total, 1);
  bar.start(end, 0, { events: 0 });
  let drawnAt = 0;
  return {
    update(value, events) {
      if (events - drawnAt < REDRAW_EVERY) return;
      drawnAt = events;
      bar.update(Math.min(value, end), { events });
    },
    stop(events) {
      bar.update(end, { events });
      bar.stop();
    },
  };
}
