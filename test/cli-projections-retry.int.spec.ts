import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, ZERO_HASH, chainEvents } from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { buildProgram } from '../apps/cli/src/program';

/** Runs the CLI in this process and answers what it printed and the exit code it set. */
async function cli(dataDir: string, ...args: string[]): Promise<{ out: string; exitCode: number }> {
  const savedEnv = process.env;
  process.env = { ...savedEnv, DATA_DIR: dataDir };
  process.exitCode = undefined;
  const out: string[] = [];
  const spies = [
    jest.spyOn(console, 'log').mockImplementation((...parts) => void out.push(`${parts.join(' ')}\n`)),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0),
  ];
  try {
    await buildProgram().parseAsync(['node', 'cli', ...args]);
    return { out: out.join(''), exitCode: Number(process.exitCode ?? 0) };
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.env = savedEnv;
    process.exitCode = undefined;
  }
}

describe('cli projections retry', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-retry-'));
  const orphan = randomUUID();
  let parkedAt: bigint;
  beforeAll(async () => {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    await appendGeneratedPlan(store);
    // An amendment of a recommendation never proposed: the recommendations projection cannot apply it.
    const [orphanAmendment] = chainEvents(ZERO_HASH, [
      { id: randomUUID(), type: 'RecommendationAmended', data: { text: 'Too early.' }, metadata: {} },
    ]);
    parkedAt = (
      await store.append(recommendationStream(orphan), [orphanAmendment], { expectedRevision: 'no_stream' })
    ).position;
    await appendGeneratedRecommendations(store, 0, 5);
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('status lists the event a rebuild parked and exits 2; retry re-applies it and reports that it stays parked', async () => {
    await cli(dataDir, 'projections', 'rebuild');
    const status = await cli(dataDir, 'projections', 'status');
    expect(status.exitCode).toBe(2);
    const [recommendations, feed] = JSON.parse(status.out);
    expect(recommendations).toMatchObject({ name: 'recommendations', parked: 1 });
    expect(recommendations.parkedEvents).toEqual([
      expect.objectContaining({
        position: parkedAt.toString(),
        stream: recommendationStream(orphan),
        type: 'RecommendationAmended',
        attempts: 1,
      }),
    ]);
    expect(feed).toMatchObject({ name: 'feed', parked: 0 });

    const retried = await cli(dataDir, 'projections', 'retry', 'recommendations');
    expect(JSON.parse(retried.out)).toEqual({ name: 'recommendations', retried: 1, applied: 0, parked: 1 });
    expect(retried.exitCode).toBe(2);
    const after = JSON.parse((await cli(dataDir, 'projections', 'status')).out);
    expect(after[0].parkedEvents[0]).toMatchObject({ attempts: 2 });

    const nothingParked = await cli(dataDir, 'projections', 'retry', 'feed');
    expect(JSON.parse(nothingParked.out)).toEqual({ name: 'feed', retried: 0, applied: 0, parked: 0 });
    expect(nothingParked.exitCode).toBe(0);
  });
});
