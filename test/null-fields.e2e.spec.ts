import { PLAN, proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

interface NullCase {
  route: string;
  role: TestRole;
  /** The target recommendation's state: a `null` must be refused before it is even loaded. */
  on: 'new' | 'proposed' | 'planned';
  body: Record<string, unknown>;
  field: string;
}

const SOURCE = proposal().source as Record<string, unknown>;
const PROGRESS = { status: 'in_progress', narrative: 'Draft submitted to parliament.' };
const IMPLEMENTED = { assessment: 'Law in force since July 2023.' };

/** Every optional request field of every command; `null` is never a way to say "not given". */
const CASES: NullCase[] = [
  ...['language', 'themes', 'sdgTargets', 'affectedGroups', 'meetingRef'].map((field): NullCase => ({
    route: 'propose',
    role: 'secretariat',
    on: 'new',
    body: proposal(),
    field,
  })),
  ...['document', 'paragraph', 'date'].map((field): NullCase => ({
    route: 'propose',
    role: 'secretariat',
    on: 'new',
    body: proposal(),
    field: `source.${field}`,
  })),
  ...['text', 'language', 'source', 'themes', 'sdgTargets', 'affectedGroups', 'meetingRef'].map(
    (field): NullCase => ({ route: 'amend', role: 'secretariat', on: 'proposed', body: {}, field }),
  ),
  ...['document', 'paragraph', 'date'].map((field): NullCase => ({
    route: 'amend',
    role: 'secretariat',
    on: 'proposed',
    body: { source: SOURCE },
    field: `source.${field}`,
  })),
  {
    route: 'schedule-review',
    role: 'secretariat',
    on: 'proposed',
    body: { reviewDueDate: '2021-06-30' },
    field: 'meetingRef',
  },
  { route: 'report-progress', role: 'secretariat', on: 'planned', body: PROGRESS, field: 'period' },
  { route: 'report-progress', role: 'secretariat', on: 'planned', body: PROGRESS, field: 'evidence' },
  { route: 'mark-implemented', role: 'reviewer', on: 'planned', body: IMPLEMENTED, field: 'evidence' },
];

/** A deep copy of `body` with `null` at the dotted `field`. */
function withNull(body: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = structuredClone(body);
  const path = field.split('.');
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Record<string, unknown>, copy);
  parent[path[path.length - 1]] = null;
  return copy;
}

describe('null in an optional request field', () => {
  let api: ApiHarness;
  const ids: Record<'proposed' | 'planned', string> = { proposed: '', planned: '' };

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    ids.proposed = (await proposeOne(api)).id;
    ids.planned = (await proposeOne(api)).id;
    const planned = `/recommendations/${ids.planned}`;
    await runCommand(api, 'secretariat', `${planned}/schedule-review`, { reviewDueDate: '2021-06-30' });
    await runCommand(api, 'reviewer', `${planned}/record-position`, {
      position: 'supported',
      rationale: 'Consistent with the plan.',
    });
    await runCommand(api, 'secretariat', `${planned}/reflect-in-plan`, {
      planId: PLAN.id,
      actionRef: 'NHRAP 3.2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    });
  });
  afterAll(() => api.close());

  it.each(CASES.map((c) => [c.route, c.field, c] as const))(
    '%s with %s: null is a 400 naming the field, and nothing is appended',
    async (_route, field, { route, role, on, body }) => {
      const path = on === 'new' ? '/recommendations' : `/recommendations/${ids[on]}/${route}`;
      const head = await api.store.headPosition();

      const response = await api.as(role).post(path, withNull(body, field));

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(/must not be null/) }]);
      expect(await api.store.headPosition()).toBe(head);
    },
  );

  it('still accepts the same bodies with the field left out', async () => {
    await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    await api
      .as('secretariat')
      .post(`/recommendations/${ids.proposed}/amend`, { source: SOURCE, themes: ['non-discrimination'] })
      .expect(200);
    await api.as('secretariat').post(`/recommendations/${ids.planned}/report-progress`, PROGRESS).expect(200);
  });
});
