import { parse } from 'csv-parse/sync';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { runCommand } from './support/read-model-commands';

/** The co-sponsors of a joint recommendation live in `source`; a correction replaces it whole. */
const CO_SPONSORED_SOURCE = {
  mechanism: { kind: 'unct' },
  recommendingParties: [{ name: 'UNICEF' }, { name: 'UNFPA' }],
  document: 'Country programme 2021-2025',
  paragraph: '12(b)',
  date: '2021-01-15',
};

describe('POST /recommendations/:id/correct (corrections after review)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(() => api.close());

  const reviewed = async (): Promise<string> => {
    const body = proposal({ text: 'Adopt a comprehensive anti-discrimnation law.' });
    const id = (await api.as('secretariat').post('/recommendations', body).expect(201)).body.id as string;
    await runCommand(api, 'secretariat', `/recommendations/${id}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
    await runCommand(api, 'reviewer', `/recommendations/${id}/record-position`, {
      position: 'supported',
      rationale: 'In line with the national plan.',
    });
    return id;
  };

  it('corrects a typo after a position was recorded: status kept, history and read model and CSV show it', async () => {
    const id = await reviewed();
    const text = 'Adopt a comprehensive anti-discrimination law.';
    api.clock.advance(60);
    const answer = await api
      .as('secretariat')
      .post(`/recommendations/${id}/correct`, { changes: { text }, reason: 'Typo in "discrimination".' })
      .expect(200);
    expect(answer.body.revision).toBe(3);

    const position = answer.body.position as string;
    const details = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${position}`)
      .expect(200);
    expect(details.body).toMatchObject({ status: 'reviewed', position: 'supported', text, corrections: 1 });

    const history = (await api.as('auditor').get(`/recommendations/${id}/history`).expect(200)).body.events;
    expect(history[0].data.text).toBe('Adopt a comprehensive anti-discrimnation law.');
    expect(history[3]).toMatchObject({
      type: 'RecommendationCorrected',
      data: { changes: { text }, reason: 'Typo in "discrimination".' },
      metadata: { actor: { id: 'secretariat-user', role: 'secretariat' } },
    });

    const reference = details.body.reference as string;
    const csv = await api
      .as('reporter')
      .get(
        `/reports/recommendations.csv?reference=${encodeURIComponent(reference)}&consistentWith=${position}`,
      )
      .expect(200);
    const rows = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => row.text)).toEqual([text]);
  });

  it('corrects the co-sponsors (the source) of a planned recommendation', async () => {
    const id = await reviewed();
    await runCommand(api, 'secretariat', `/recommendations/${id}/reflect-in-plan`, {
      planId: PLAN.id,
      actionRef: 'NHRAP 3.2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    });
    const position = await runCommand(api, 'secretariat', `/recommendations/${id}/correct`, {
      changes: { source: CO_SPONSORED_SOURCE },
      reason: 'UNFPA co-sponsored the recommendation.',
    });
    const details = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${position}`)
      .expect(200);
    expect(details.body).toMatchObject({ status: 'planned', source: CO_SPONSORED_SOURCE, corrections: 1 });
  });

  it('corrects a withdrawn recommendation too: a typo is a typo', async () => {
    const id = (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body
      .id as string;
    await runCommand(api, 'secretariat', `/recommendations/${id}/withdraw`, { reason: 'Duplicate.' });
    const position = await runCommand(api, 'secretariat', `/recommendations/${id}/correct`, {
      changes: { themes: ['womens-rights'] },
      reason: 'Wrong theme.',
    });
    const details = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${position}`)
      .expect(200);
    expect(details.body).toMatchObject({ status: 'withdrawn', themes: ['womens-rights'] });
  });

  it('answers 403 FORBIDDEN to a reviewer', async () => {
    const id = await reviewed();
    const response = await api
      .as('reviewer')
      .post(`/recommendations/${id}/correct`, { changes: { text: 'Other.' }, reason: 'Typo.' })
      .expect(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it.each([
    ['null changes', { changes: null, reason: 'Typo.' }, 'changes'],
    ['no changes', { reason: 'Typo.' }, 'changes'],
    ['empty changes', { changes: {}, reason: 'Typo.' }, 'changes'],
    ['a null field', { changes: { text: null }, reason: 'Typo.' }, 'changes.text'],
    ['a null source', { changes: { source: null }, reason: 'Typo.' }, 'changes.source'],
    ['an unknown field', { changes: { reference: 'X-1' }, reason: 'Typo.' }, 'changes.reference'],
    ['no reason', { changes: { text: 'Other.' } }, 'reason'],
    ['a blank reason', { changes: { text: 'Other.' }, reason: '  ' }, 'reason'],
  ])('answers 400 naming the field for %s', async (_label, body, field) => {
    const id = await reviewed();
    const response = await api.as('secretariat').post(`/recommendations/${id}/correct`, body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('keeps the audit log intact', async () => {
    await api
      .as('auditor')
      .get('/audit/verify')
      .expect(200, /"ok":true/);
  });
});
