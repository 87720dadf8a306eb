import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { EMBEDDED_STORE_FILE, SqliteEventStore } from '@app/event-store';
import { EvidenceStore, evidenceDirectory } from '@app/evidence';
import {
  EventStreamRepository,
  decide,
  recommendationDecider,
  recommendationStream,
} from '@app/recommendations';
import { MINIMAL_PDF } from '@app/testing';
import { seedStore } from './support/audit-seed';
import { cliInProcess } from './support/cli-in-process';

const CHAIN_BROKEN = 2;

describe('cli audit verify: the evidence files', () => {
  let dir: string;
  let dataDir: string;
  let files: EvidenceStore;
  let sha256: string;
  const verify = () => cliInProcess({ DATA_DIR: dataDir }, 'audit', 'verify');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-evidence-'));
    dataDir = join(dir, 'data');
    const [id] = await seedStore(join(dataDir, EMBEDDED_STORE_FILE), 1);
    files = new EvidenceStore({ directory: evidenceDirectory(loadConfig({ DATA_DIR: dataDir })) });
    const file = await files.put([MINIMAL_PDF], 'minutes.pdf');
    sha256 = file.sha256;
    const store = new SqliteEventStore({ file: join(dataDir, EMBEDDED_STORE_FILE) });
    const command = { type: 'attachEvidence' as const, recommendationId: id, evidence: [file] };
    await new EventStreamRepository(store, () => new Date()).execute(
      recommendationStream(id),
      recommendationDecider,
      (state) => decide(command, state),
      {
        actor: { id: 'reviewer-user', role: 'reviewer' },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        commandId: randomUUID(),
      },
    );
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('intact: exit 0, the file counted', async () => {
    const result = await verify();
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      evidence: { filesChecked: 1, problems: [] },
    });
    expect(result.stderr).toMatch(/Checked 1 evidence files: all intact/);
  });

  it('altered bytes: exit 2, evidence_altered named with its stream and event', async () => {
    writeFileSync(files.pathOf(sha256)!, 'not the minutes any more');
    const result = await verify();
    expect(result.code).toBe(CHAIN_BROKEN);
    expect(JSON.parse(result.stdout).evidence.problems).toEqual([
      expect.objectContaining({ eventType: 'EvidenceAttached', sha256, problem: 'evidence_altered' }),
    ]);
    expect(result.stderr).toMatch(/1 missing or altered/);
  });

  it('deleted: exit 2, evidence_missing', async () => {
    rmSync(files.pathOf(sha256)!);
    const result = await verify();
    expect(result.code).toBe(CHAIN_BROKEN);
    expect(JSON.parse(result.stdout).evidence.problems).toEqual([
      expect.objectContaining({ sha256, problem: 'evidence_missing' }),
    ]);
  });
});
