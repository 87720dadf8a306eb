import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SqliteEventStore,
  readExportFile,
  verifyChain,
  verifyStore,
  type ChainFailureReason,
} from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import { exportTo } from '../apps/cli/src/audit/audit-export';
import { seedStore } from './support/audit-seed';
import { TAMPERS, tamperWithExport, tamperWithStore, type Tamper } from './support/tamper';

/** What each tamper must be reported as; a swap names both events that traded places. */
const EXPECTED: Record<Tamper, Array<[offset: number, reason: ChainFailureReason]>> = {
  'change data': [[0, 'changed_content']],
  delete: [[0, 'missing_event']],
  swap: [
    [0, 'reordered_event'],
    [1, 'reordered_event'],
  ],
  'change actor': [[0, 'changed_content']],
};

describe('tamper evidence of the embedded store and of exports', () => {
  let dir: string;
  let template: string;
  let exported: string;
  let ids: string[];
  let streams: number;
  let copies = 0;
  const copy = (from: string, name: string): string => {
    const to = join(dir, `${++copies}-${name}`);
    copyFileSync(from, to);
    return to;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'audit-tamper-'));
    template = join(dir, 'template.db');
    ids = await seedStore(template);
    const store = new SqliteEventStore({ file: template });
    exported = join(dir, 'template.ndjson');
    ({ streams } = await exportTo(store, exported));
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies the untouched store and its export', async () => {
    const store = new SqliteEventStore({ file: copy(template, 'events.db') });
    const report = await verifyStore(store);
    await store.close();
    expect(report).toEqual({
      ok: true,
      streamsChecked: 4,
      eventsChecked: 19,
      failures: [],
      failuresOmitted: 0,
    });
    expect(await verifyChain(readExportFile(exported))).toEqual(report);
    expect(streams).toBe(4);
  });

  describe.each(TAMPERS)('%s', (tamper) => {
    const revision = 2;
    const expected = () =>
      EXPECTED[tamper].map(([offset, reason]) => [recommendationStream(ids[1]), revision + offset, reason]);

    it('is reported at its stream and revision when done to the store file, and the other streams verify', async () => {
      const file = copy(template, 'events.db');
      tamperWithStore(file, tamper, recommendationStream(ids[1]), revision);
      const store = new SqliteEventStore({ file });
      try {
        const report = await verifyStore(store);
        expect(report.failures.map((f) => [f.stream, f.revision, f.reason])).toEqual(expected());
        expect(report).toMatchObject({ ok: false, streamsChecked: 4 });
        for (const other of [ids[0], ids[2]]) {
          expect(await verifyStore(store, { stream: recommendationStream(other) })).toMatchObject({
            ok: true,
            eventsChecked: 6,
          });
        }
      } finally {
        await store.close();
      }
    });

    it('is caught offline when done to an export file', async () => {
      const file = copy(exported, 'export.ndjson');
      tamperWithExport(file, tamper, recommendationStream(ids[1]), revision);
      const report = await verifyChain(readExportFile(file));
      expect(report.failures.map((f) => [f.stream, f.revision, f.reason])).toEqual(expected());
      expect(report.streamsChecked).toBe(4);
    });
  });
});
