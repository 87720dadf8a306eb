import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionIdOf } from '@app/recommendations';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { cliInProcess } from './support/cli-in-process';

describe('cli import actions', () => {
  let api: ApiHarness;
  let file: string;
  const cli = (...args: string[]) =>
    cliInProcess({ DATA_DIR: api.config.dataDir }, 'import', 'actions', ...args);

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    const names = { en: 'Ministry of Justice', tk: 'Adalat ministrligi' };
    await api.as('secretariat').post('/institutions', { id: 'moj', names, kind: 'ministry' }).expect(201);
    await api
      .as('secretariat')
      .post('/recommendations', proposal({ reference: 'CLI-1' }))
      .expect(201);
    file = join(api.config.dataDir, 'matrix.csv');
    writeFileSync(
      file,
      'Belgi,Çäre,Jogapkär,Möhleti,Maslahatlar,Görkeziji\n3.2,Kanunçylygy kämilleşdirmek,Adalat ministrligi,2025-12-31,CLI-1,Taslamalar\n',
    );
  });
  afterAll(() => api.close());

  it('prints a dry run by default, commits with --commit, and a second commit changes nothing', async () => {
    const dry = await cli('--plan', PLAN.id, file);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      counts: { created: 1, linked: 1, indicatorsAdded: 1 },
    });
    const commit = await cli('--plan', PLAN.id, file, '--commit');
    expect(JSON.parse(commit.stdout)).toMatchObject({
      dryRun: false,
      counts: { created: 1, failed: 0 },
      actions: [{ number: '3.2', actionId: actionIdOf(PLAN.id, '3.2'), outcome: 'created' }],
    });
    const again = await cli('--plan', PLAN.id, file, '--commit');
    expect(JSON.parse(again.stdout).counts).toMatchObject({ created: 0, unchanged: 1 });
    const [created] = await api.store.readStream(`action-${actionIdOf(PLAN.id, '3.2')}`);
    expect(created.metadata).toMatchObject({ actor: { id: 'cli', role: 'admin' } });
    expect(created.metadata.import).toMatchObject({ rows: [2] });
  });

  it('exits 2 with the problem when the file is refused', async () => {
    const bad = join(api.config.dataDir, 'bad.csv');
    writeFileSync(bad, 'Lead,Deadline\nmoj,2024-01-01\n');
    const refused = await cli('--plan', PLAN.id, bad);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ code: 'IMPORT.WRONG_HEADER' });
  });
});
