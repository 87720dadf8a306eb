import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { READ_MODEL_PROJECTIONS } from '@app/recommendations';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { buildProgram } from '../apps/cli/src/program';

/** Runs the CLI in this process (a child process costs seconds) and answers what it printed. */
async function cli(dataDir: string, ...args: string[]): Promise<string> {
  const savedEnv = process.env;
  process.env = { ...savedEnv, DATA_DIR: dataDir };
  const out: string[] = [];
  const spies = [
    jest.spyOn(console, 'log').mockImplementation((...parts) => void out.push(`${parts.join(' ')}\n`)),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0),
  ];
  try {
    await buildProgram().parseAsync(['node', 'cli', ...args]);
    return out.join('');
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.env = savedEnv;
  }
}

describe('cli projections and report', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-projections-'));
  let head: bigint;
  beforeAll(async () => {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    await appendGeneratedPlan(store);
    await appendGeneratedRecommendations(store, 0, 60);
    head = await store.headPosition();
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('report summary warns on stderr, not in its output, when the read models are behind the log', async () => {
    const warnings: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line) => void warnings.push(String(line)));
    try {
      const json = JSON.parse(await cli(dataDir, 'report', 'summary', '--by', 'status'));
      expect(json.groups).toEqual([]);
      expect(warnings).toEqual([expect.stringMatching(/read models are at log position 0.*--catch-up/)]);
    } finally {
      spy.mockRestore();
    }
  });

  it('report summary --catch-up counts every recommendation, as JSON or CSV', async () => {
    const json = JSON.parse(await cli(dataDir, 'report', 'summary', '--by', 'status', '--catch-up'));
    expect(json).toMatchObject({ by: 'status', position: head.toString() });
    expect(json.groups.reduce((sum: number, group: { count: number }) => sum + group.count, 0)).toBe(60);
    const csv = parse(await cli(dataDir, 'report', 'summary', '--by', 'theme', '--format', 'csv'), {
      columns: true,
    }) as { key: string; count: string }[];
    expect(csv).toContainEqual({ key: 'права ребёнка', count: '20' });
  });

  it('report summary --by mechanism,status cross-tabulates, as JSON or CSV with a column per dimension', async () => {
    const json = JSON.parse(await cli(dataDir, 'report', 'summary', '--by', 'mechanism,status'));
    expect(json.by).toEqual(['mechanism', 'status']);
    expect(json.groups.reduce((sum: number, group: { count: number }) => sum + group.count, 0)).toBe(60);
    const csv = parse(
      await cli(dataDir, 'report', 'summary', '--by', 'mechanism,status', '--format', 'csv'),
      {
        columns: true,
      },
    ) as Record<string, string>[];
    expect(Object.keys(csv[0])).toEqual(['mechanism', 'status', 'count']);
    expect(csv.reduce((sum, row) => sum + Number(row.count), 0)).toBe(60);
  });

  it('projections rebuild prints each result; projections status shows the checkpoints with no lag', async () => {
    const rebuilt = (await cli(dataDir, 'projections', 'rebuild'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // Every read model is rebuilt, each up to the head of the log.
    const names = READ_MODEL_PROJECTIONS.map((projection) => projection.name);
    expect(rebuilt).toEqual(
      names.map((name) => expect.objectContaining({ name, position: head.toString(), events: Number(head) })),
    );
    const status = JSON.parse(await cli(dataDir, 'projections', 'status'));
    expect(status).toEqual(
      names.map((name) => ({
        name,
        position: head.toString(),
        lagEvents: 0,
        lagSeconds: 0,
        state: 'stopped',
        parked: 0,
        parkedEvents: [],
      })),
    );
  });
});
