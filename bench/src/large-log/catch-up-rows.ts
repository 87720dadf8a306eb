import type { Row } from '../report';
import { adapterScan, bareScan } from '../catch-up/log-scans';
import type { LogFixture } from './log-fixture';

/** Part 4: the rebuild of every read model against a bare scan of the same events, and the peak memory. */
export async function catchUpRows(fixture: LogFixture): Promise<Row[]> {
  const { seeded, rebuild } = fixture;
  const { label } = fixture;
  const bare = bareScan(seeded.dataDir);
  const adapter = await adapterScan(seeded.dataDir);
  const bareRate = bare.events / bare.seconds;
  const rate = (events: number, seconds: number) => events / seconds;
  return [
    {
      section: 'setup',
      name: `seed ${label} events through the adapter (NORMAL, 64 appends in flight)`,
      value: rate(seeded.events, seeded.seconds),
      unit: 'events/s',
      extra: { events: seeded.events, recommendations: seeded.recommendations, seconds: seeded.seconds },
    },
    {
      section: 'catch-up',
      name: `bare paged scan + JSON.parse, ${label}`,
      value: bareRate,
      unit: 'events/s',
      extra: { seconds: bare.seconds },
    },
    {
      section: 'catch-up',
      name: `adapter readAll scan, ${label}`,
      value: rate(adapter.events, adapter.seconds),
      unit: 'events/s',
      ratio: { to: 'bare scan', value: rate(adapter.events, adapter.seconds) / bareRate },
      extra: { seconds: adapter.seconds },
    },
    {
      section: 'catch-up',
      name: `rebuild all read models, ${label}`,
      value: rate(seeded.events, rebuild.seconds),
      unit: 'events/s',
      ratio: { to: 'bare scan', value: rate(seeded.events, rebuild.seconds) / bareRate },
      extra: {
        seconds: rebuild.seconds,
        ...Object.fromEntries(Object.entries(rebuild.perProjection).map(([name, s]) => [`${name} s`, s])),
        'peak RSS': `${Math.round(rebuild.peakRssMiB)} MiB`,
        'RSS growth': `${Math.round(rebuild.peakRssMiB - rebuild.startRssMiB)} MiB`,
      },
      note: 'each projection rebuilt from position 0 into shadow tables, then swapped',
    },
  ];
}
