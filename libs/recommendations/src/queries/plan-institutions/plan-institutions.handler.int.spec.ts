import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { ReadModelDatabase } from '@app/projections';
import { appendGeneratedPlan, generatedId, generatedLifecycle } from '@app/testing';
import { PlanNotFoundError } from '../../domain';
import { readModelRuntime } from '../../read-models';
import { ReadModels } from '../common';
import { PlanInstitutionsHandler } from './plan-institutions.handler';
import { PlanInstitutionsQuery } from './plan-institutions.query';

const PLAN_ID = 'NHRAP-2021-2025';

describe('PlanInstitutionsQuery over the lifecycle read model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-institutions-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  const db = ReadModelDatabase.inDataDir(dir);
  const runtime = readModelRuntime({ db, store });
  const institutions = new PlanInstitutionsHandler(
    new ReadModels(db, runtime, 2000),
    () => new Date('2024-06-01T12:00:00Z'),
  );
  afterAll(async () => {
    await runtime.stop();
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The n-th generated history up to `until`, its plan link naming these institutions and target date. */
  const append = (n: number, link: object, until: string) => {
    const steps = generatedLifecycle(n);
    const last = steps.findIndex((step) => step.type === until);
    return store.append(
      `recommendation-${generatedId(n)}`,
      steps.slice(0, last + 1).map((step) => ({
        id: randomUUID(),
        type: step.type,
        data: (step.type === 'RecommendationReflectedInPlan'
          ? { planId: PLAN_ID, ...link }
          : step.data) as Record<string, never>,
        metadata: {
          actor: { id: 'someone', role: step.role ?? 'secretariat' },
          occurredAt: '2021-04-01T09:00:00.000Z',
        },
      })),
      { expectedRevision: 'no_stream' },
    );
  };

  beforeAll(async () => {
    await appendGeneratedPlan(store);
    const planned = 'ProgressReported';
    await append(
      3,
      { responsibleInstitutions: ['Ministry of Justice', 'Ombudsperson'], targetDate: '2023-12-31' },
      planned,
    );
    await append(9, { responsibleInstitutions: ['ministry of  JUSTICE'], targetDate: '2030-01-01' }, planned);
    await append(
      4,
      { responsibleInstitutions: ['Ministry of Education'], targetDate: '2022-01-01' },
      'RecommendationImplemented',
    );
    const last = await append(10, {}, 'RecommendationArchived');
    runtime.start();
    expect(await runtime.waitFor('recommendations', last.position, 5000)).toBe(true);
  });

  it('counts each recommendation once under each institution its link names, however the name is cased', async () => {
    const { value } = await institutions.execute(new PlanInstitutionsQuery(PLAN_ID));
    const counts = { planned: 0, implemented: 0, archived: 0, overdueTargets: 0 };
    expect(value).toEqual({
      planId: PLAN_ID,
      position: (await store.headPosition()).toString(),
      institutions: [
        { ...counts, institution: 'Ministry of Justice', total: 2, planned: 2, overdueTargets: 1 },
        { ...counts, institution: 'Ministry of Education', total: 1, implemented: 1 },
        { ...counts, institution: 'Ombudsperson', total: 1, planned: 1, overdueTargets: 1 },
        { ...counts, institution: null, total: 1, archived: 1 },
      ],
      registry: [],
    });
  });

  it('refuses a plan that was never registered', async () => {
    await expect(institutions.execute(new PlanInstitutionsQuery('NO-SUCH-PLAN'))).rejects.toBeInstanceOf(
      PlanNotFoundError,
    );
  });
});
