import { PLAN, proposal, type ApiHarness } from './api-harness';

/** Proposal to implemented and archived, checking every answer and the stored stream; shared by both stores' e2e tests. */
export async function walkWholeLifecycle(api: ApiHarness): Promise<void> {
  const created = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
  const id = created.body.id as string;
  expect(created.headers.location).toBe(`/recommendations/${id}`);
  expect(created.body).toEqual({ id, revision: 0, position: expect.stringMatching(/^\d+$/) });
  expect(created.headers.etag).toBe('"0"');

  const steps: Array<[string, 'secretariat' | 'reviewer', object]> = [
    ['amend', 'secretariat', { themes: ['womens-rights', 'non-discrimination'] }],
    ['schedule-review', 'secretariat', { reviewDueDate: '2021-06-30', meetingRef: 'IAC-2021-02' }],
    [
      'record-position',
      'reviewer',
      { position: 'partially_supported', rationale: 'Partly covered by the draft code.' },
    ],
    [
      'reflect-in-plan',
      'secretariat',
      {
        planId: PLAN.id,
        actionRef: 'NHRAP 3.2.1',
        responsibleInstitutions: ['Ministry of Justice'],
        targetDate: '2023-12-31',
      },
    ],
    [
      'report-progress',
      'secretariat',
      { status: 'in_progress', narrative: 'Draft submitted to parliament.', period: '2022-Q4' },
    ],
    [
      'mark-implemented',
      'reviewer',
      { assessment: 'Law in force since July 2023.', evidence: ['Official Gazette 2023/7'] },
    ],
    ['archive', 'secretariat', { reason: 'Implemented and reported in the UPR mid-term report.' }],
  ];
  let lastPosition = BigInt(created.body.position as string);
  for (const [index, [route, role, body]] of steps.entries()) {
    api.clock.advance(3600);
    const response = await api.as(role).post(`/recommendations/${id}/${route}`, body).expect(200);
    expect(response.body.revision).toBe(index + 1);
    expect(response.headers.etag).toBe(`"${index + 1}"`);
    expect(BigInt(response.body.position as string) > lastPosition).toBe(true);
    lastPosition = BigInt(response.body.position as string);
  }
  expect((await api.streamOf(id)).map((event) => event.type)).toEqual([
    'RecommendationProposed',
    'RecommendationAmended',
    'ReviewScheduled',
    'PositionRecorded',
    'RecommendationReflectedInPlan',
    'ProgressReported',
    'RecommendationImplemented',
    'RecommendationArchived',
  ]);
}
