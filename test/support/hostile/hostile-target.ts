import { PLAN, proposal, startApi, type ApiHarness } from '../api-harness';
import type { Targets } from './hostile-targets';

export interface HostileTarget {
  api: ApiHarness;
  baseUrl: string;
  targets: Targets;
}

/** How far each seeded recommendation is taken, so attacks meet every status. */
const WALKS: readonly (readonly [string, 'secretariat' | 'reviewer', object])[][] = [
  [],
  [['schedule-review', 'secretariat', { reviewDueDate: '2021-06-30' }]],
  [
    ['schedule-review', 'secretariat', { reviewDueDate: '2021-06-30' }],
    ['record-position', 'reviewer', { position: 'supported', rationale: 'Agreed.' }],
  ],
  [
    ['schedule-review', 'secretariat', { reviewDueDate: '2021-06-30' }],
    ['record-position', 'reviewer', { position: 'supported', rationale: 'Agreed.' }],
    [
      'reflect-in-plan',
      'secretariat',
      {
        planId: PLAN.id,
        actionRef: 'Task 1',
        responsibleInstitutions: ['Ministry of Justice'],
        targetDate: '2023-12-31',
      },
    ],
  ],
];

/** The API listening on a real port, a plan and a dozen recommendations at every stage, and a token per role. */
export async function startHostileTarget(env: Record<string, string> = {}): Promise<HostileTarget> {
  // Attacks include failed sign-ins by the thousand; the limits have their own tests.
  const api = await startApi({ AUTH_FAILURES_PER_ADDRESS: '0', AUTH_FAILURES_PER_TOKEN: '0', ...env });
  await api.app.listen(0, '127.0.0.1');
  const address = api.app.getHttpServer().address() as { port: number };
  await api.as('secretariat').post('/plans', PLAN).expect(201);
  const recommendationIds: string[] = [];
  for (let i = 0; i < 12; i++) {
    const created = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    const id = created.body.id as string;
    for (const [route, role, body] of WALKS[i % WALKS.length]) {
      await api.as(role).post(`/recommendations/${id}/${route}`, body).expect(200);
    }
    recommendationIds.push(id);
  }
  return {
    api,
    baseUrl: `http://127.0.0.1:${address.port}`,
    targets: { tokens: api.tokens, recommendationIds, planIds: [PLAN.id, 'NO-SUCH-PLAN'] },
  };
}

export interface AfterAttack {
  projections: { name: string; state: string }[];
  verified: boolean;
  health: number;
}

/** What must hold once the attacks stop: every read model follows the log and the log verifies. */
export async function stateAfterAttack(target: HostileTarget): Promise<AfterAttack> {
  const { api } = target;
  const head = await api.store.headPosition();
  const caughtUp = await api.as('reporter').get(`/recommendations?consistentWith=${head}`);
  if (caughtUp.status !== 200) throw new Error(`The read models did not reach ${head}: ${caughtUp.status}`);
  const projections = await api.as('admin').get('/projections').expect(200);
  const verify = await api.as('auditor').get('/audit/verify').expect(200);
  const health = await api.http().get('/health');
  return {
    projections: (projections.body as { name: string; state: string }[]).map(({ name, state }) => ({
      name,
      state,
    })),
    verified: verify.body.ok === true,
    health: health.status,
  };
}
