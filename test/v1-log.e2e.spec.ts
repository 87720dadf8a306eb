import { parse } from 'csv-parse/sync';
import { READ_MODEL_PROJECTIONS } from '@app/recommendations';
import { startApi, type ApiHarness } from './support/api-harness';
import { appendV1Log, v1IdOf, V1_LOG } from './support/v1-log';

/** How each version 1 source of the fixture reads in model version 2 (docs/api-notes.md, issue 12). */
const V2_SOURCES: Record<string, object> = {
  'V1-1': {
    mechanism: { kind: 'unct' },
    recommendingParties: [{ name: 'UN Country Team' }],
    document: 'Common Country Analysis 2020',
    date: '2020-11-30',
  },
  // Amended in version 1 from UNICEF to UNFPA: the amendment is upcast too.
  'V1-2': { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNFPA' }], paragraph: '7' },
  'V1-3': {
    mechanism: { kind: 'upr' },
    recommendingParties: [{ name: 'Norway' }],
    document: 'A/HRC/39/3',
    paragraph: '114.3',
    date: '2018-07-09',
  },
  'V1-4': {
    mechanism: { kind: 'treaty_body', body: 'CEDAW' },
    recommendingParties: [{ name: 'CEDAW' }],
    document: 'CEDAW/C/TKM/CO/5',
    paragraph: '21',
  },
  'V1-5': {
    mechanism: { kind: 'special_procedure', body: 'Special Rapporteur on torture' },
    recommendingParties: [{ name: 'Special Rapporteur on torture' }],
  },
  'V1-6': { mechanism: { kind: 'osce' }, recommendingParties: [{ name: 'OSCE/ODIHR' }], date: '2019-05-05' },
  'V1-7': { mechanism: { kind: 'other' }, recommendingParties: [{ name: 'Council of Europe' }] },
  'V1-8': { mechanism: { kind: 'other' }, recommendingParties: [{ name: 'National IHL Committee' }] },
};

describe('a log written by model version 1, read by model version 2', () => {
  let api: ApiHarness;
  let head: bigint;
  beforeAll(async () => {
    api = await startApi();
  });
  beforeAll(async () => {
    head = await appendV1Log(api.store);
  });
  afterAll(() => api.close());

  const read = (path: string) => api.as('auditor').get(path).expect(200);
  const references = async (query: string, at: bigint | string = head): Promise<string[]> => {
    const { body } = await read(`/recommendations?consistentWith=${at}&${query}`);
    return (body.items as { reference: string }[]).map((item) => item.reference).sort();
  };
  const projectionsSettled = async (): Promise<{ name: string; state: string; parked: number }[]> => {
    for (;;) {
      const { body } = await api.as('admin').get('/projections').expect(200);
      if (!(body as { state: string }[]).some((p) => p.state === 'rebuilding')) return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('answers every recommendation with its source in the version 2 shape, nothing parked', async () => {
    for (const [reference, source] of Object.entries(V2_SOURCES)) {
      const { body } = await read(`/recommendations/${v1IdOf(reference)}?consistentWith=${head}`);
      expect({ reference, source: body.source }).toEqual({ reference, source });
    }
    const parked = (await projectionsSettled()).map((p) => [p.name, p.parked]);
    expect(parked).toEqual(READ_MODEL_PROJECTIONS.map((projection) => [projection.name, 0]));
  });

  it('folds the state in the version 2 shape, and keeps history in the stored version 1 form', async () => {
    const id = v1IdOf('V1-6');
    const { body: state } = await read(`/recommendations/${id}/state`);
    expect(state.state.source).toEqual(V2_SOURCES['V1-6']);
    const { body: history } = await read(`/recommendations/${id}/history`);
    expect(history.events[0]).toMatchObject({
      data: { source: { kind: 'regional', entity: 'OSCE/ODIHR', date: '2019-05-05' } },
      metadata: { schemaVersion: 1 },
    });
  });

  it('filters by mechanism and party, and by the deprecated sourceKind and sourceEntity', async () => {
    expect(await references('mechanism=osce')).toEqual(['V1-6']);
    expect(await references('mechanism=unct')).toEqual(['V1-1', 'V1-2']);
    expect(await references('sourceKind=un_agency')).toEqual(['V1-1', 'V1-2']);
    expect(await references('sourceKind=regional')).toEqual(['V1-6', 'V1-7', 'V1-8']);
    expect(await references('party=unfpa')).toEqual(['V1-2']);
    expect(await references('sourceEntity=CEDAW')).toEqual(['V1-4']);
    const { body } = await read(`/reports/summary?by=mechanism&consistentWith=${head}`);
    expect(body.groups).toEqual([
      { key: 'other', count: 2 },
      { key: 'unct', count: 2 },
      { key: 'osce', count: 1 },
      { key: 'special_procedure', count: 1 },
      { key: 'treaty_body', count: 1 },
      { key: 'upr', count: 1 },
    ]);
  });

  it('exports the version 2 source columns in the CSV', async () => {
    const { text } = await read(`/reports/recommendations.csv?consistentWith=${head}&mechanism=treaty_body`);
    const [row] = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      reference: 'V1-4',
      mechanism: 'treaty_body',
      mechanismBody: 'CEDAW',
      recommendingParties: 'CEDAW',
      sourceDocument: 'CEDAW/C/TKM/CO/5',
    });
  });

  it('runs commands on version 1 recommendations, recording version 2 payloads', async () => {
    const id = v1IdOf('V1-3');
    const joint = {
      mechanism: { kind: 'upr' },
      recommendingParties: [
        { name: 'Norway', iso3: 'NOR', regionalGroup: 'WEOG' },
        { name: 'Sweden', iso3: 'SWE' },
      ],
      stateUnderReview: 'TKM',
      upr: { cycle: 3, session: 30 },
      documentSymbol: 'A/HRC/39/3',
      paragraph: '114.3',
      date: '2018-07-09',
    };
    // A recommendation in `planned` can no longer be amended; a proposed one can.
    const proposedId = v1IdOf('V1-7');
    const amended = await api
      .as('secretariat')
      .post(`/recommendations/${proposedId}/amend`, { source: joint });
    expect(amended.status).toBe(200);
    await api.as('secretariat').post(`/recommendations/${v1IdOf('V1-4')}/schedule-review`, {
      reviewDueDate: '2021-09-30',
    });
    const progress = await api
      .as('secretariat')
      .post(`/recommendations/${id}/report-progress`, { status: 'in_progress', narrative: 'Draft law.' })
      .expect(200);
    const after = progress.body.position;
    const { body } = await read(`/recommendations/${proposedId}?consistentWith=${after}`);
    expect(body.source).toEqual(joint);
    const { body: history } = await read(`/recommendations/${proposedId}/history`);
    expect(history.events[1]).toMatchObject({ data: { source: joint }, metadata: { schemaVersion: 2 } });
    expect(await references('party=swe', after)).toEqual(['V1-7']);
    expect(await references('status=under_review', after)).toEqual(['V1-4']);
  });

  it('rebuilds the read model from the version 1 log into the same version 2 answers', async () => {
    await api.as('admin').post('/projections/recommendations/rebuild').expect(202);
    const settled = await projectionsSettled();
    expect(settled.map((p) => [p.name, p.state, p.parked])).toEqual(
      READ_MODEL_PROJECTIONS.map((projection) => [projection.name, 'running', 0]),
    );
    const { body } = await read(`/recommendations/${v1IdOf('V1-5')}`);
    expect(body.source).toEqual(V2_SOURCES['V1-5']);
    expect(await references('mechanism=other')).toEqual(['V1-8']);
  });

  it('still verifies: every stored event, version 1 ones included, keeps its hash', async () => {
    expect(V1_LOG.every((event) => event.metadata.schemaVersion === 1)).toBe(true);
    await read('/audit/verify').expect(/"ok":true/);
  });
});
