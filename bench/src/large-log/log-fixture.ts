import { rebuildAll, type RebuildFigures } from '../catch-up/rebuild-all';
import { seedLog, type SeededLog } from '../log/seed-log';

export interface LogFixture {
  /** The size asked for, as row names show it ("10k", "1M"); the log holds slightly more (whole streams). */
  label: string;
  seeded: SeededLog;
  rebuild: RebuildFigures;
}

/** A DATA_DIR holding `events` generated events and read models rebuilt from them, ready for the API. */
export async function prepareLog(dataDir: string, events: number): Promise<LogFixture> {
  const seeded = await seedLog(dataDir, events);
  // The projection batch size the API uses by default (PROJECTION_BATCH_SIZE).
  const rebuild = await rebuildAll(dataDir, 500);
  return { label: sizeLabel(events), seeded, rebuild };
}

/** "10k", "1M": how a log size reads in a row name. */
export const sizeLabel = (events: number): string =>
  events >= 1_000_000 && events % 1_000_000 === 0
    ? `${events / 1_000_000}M`
    : events >= 1000 && events % 1000 === 0
      ? `${events / 1000}k`
      : String(events);
