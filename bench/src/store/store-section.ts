import type { SqliteSynchronous } from '@app/event-store';
import { benchPackageVersion } from '../bench-modules';
import { wants, type BenchOptions } from '../options';
import type { Row } from '../report';
import { inTempDir } from '../temp-dir';
import { adapterAppendRates } from './adapter-append';
import { bareAppendRate } from './bare-sqlite';
import { emmettAppendRates, type EmmettRate } from './emmett-append';

const SETTINGS: readonly SqliteSynchronous[] = ['FULL', 'NORMAL'];

/** Parts 1 and 2: the adapter and the peer against the bare transaction, for each synchronous setting. */
export async function storeSection(options: BenchOptions, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const synchronous of SETTINGS) {
    const bareName = `bare 1-event transaction, ${synchronous}`;
    const bare = await inTempDir('bare', (dir) => bareAppendRate(dir, synchronous, options.storeSeconds));
    log(`${bareName}: ${Math.round(bare)} events/s`);
    rows.push({ section: 'store', name: bareName, value: bare, unit: 'events/s' });
    const against = (value: number) => ({ to: `bare ${synchronous}`, value: value / bare });

    let sequential = NaN;
    if (wants(options, 'store')) {
      const adapter = await inTempDir('adapter', (dir) =>
        adapterAppendRates(dir, synchronous, options.storeSeconds, options.storeWriters),
      );
      sequential = adapter.sequential;
      log(
        `adapter ${synchronous}: ${Math.round(adapter.sequential)} / ${Math.round(adapter.concurrent)} events/s`,
      );
      rows.push(
        {
          section: 'store',
          name: `adapter, 1 writer, ${synchronous}`,
          value: adapter.sequential,
          unit: 'events/s',
          ratio: against(adapter.sequential),
        },
        {
          section: 'store',
          name: `adapter, ${options.storeWriters} writers, ${synchronous}`,
          value: adapter.concurrent,
          unit: 'events/s',
          ratio: against(adapter.concurrent),
          extra: { 'appends/commit': adapter.appendsPerCommit },
        },
      );
    }

    if (wants(options, 'peer')) {
      const emmett = await inTempDir('emmett', (dir) =>
        emmettAppendRates(dir, synchronous, options.storeSeconds),
      );
      const version = benchPackageVersion('@event-driven-io/emmett-sqlite');
      const extra = ({ eventsPerSecond, retried }: EmmettRate): Record<string, string | number> => ({
        ...(Number.isNaN(sequential)
          ? {}
          : { 'vs adapter 1 writer': `${(eventsPerSecond / sequential).toFixed(2)}x` }),
        'retried (SQLITE_BUSY)': retried,
      });
      const peerRow = (how: string, rate: EmmettRate, note: string): Row => ({
        section: 'peer',
        name: `emmett-sqlite ${version} ${how}, ${synchronous}`,
        value: rate.eventsPerSecond,
        unit: 'events/s',
        ratio: against(rate.eventsPerSecond),
        extra: extra(rate),
        note,
      });
      if (emmett.eventStore) {
        log(`emmett event store ${synchronous}: ${Math.round(emmett.eventStore.eventsPerSecond)} events/s`);
        rows.push(
          peerRow(
            'event store',
            emmett.eventStore,
            'getSQLiteEventStore: a connection per call, SQLite default synchronous (FULL)',
          ),
        );
      }
      log(`emmett appendToStream ${synchronous}: ${Math.round(emmett.connection.eventsPerSecond)} events/s`);
      rows.push(
        peerRow('appendToStream', emmett.connection, 'one long-lived connection with the same pragmas'),
      );
    }
  }
  return rows;
}
