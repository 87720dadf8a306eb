import { proposal, startApi, type ApiHarness } from './support/api-harness';

/** Publication through the secretariat's own routes, read back on the portal a visitor sees. */
describe('publishing through the API shows a recommendation on the portal, and unpublishing removes it', () => {
  let api: ApiHarness;
  let id: string;
  const reference = 'UPR-39-114.77';
  const RATIONALE = 'Agreed: the law is being drafted (marker-rationale-7781).';

  /** The portal as a visitor reads it once its read model reached `position`. */
  async function portal(path: string, position: string) {
    for (;;) {
      const answer = await api.http().get(path);
      if (BigInt(answer.headers['x-projection-position'] ?? '0') >= BigInt(position)) return answer;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  beforeAll(async () => {
    api = await startApi();
    id = (await api.as('secretariat').post('/recommendations', proposal({ reference })).expect(201)).body.id;
    await api
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .expect(200);
    await api
      .as('reviewer')
      .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: RATIONALE })
      .expect(200);
  });
  afterAll(() => api.close());

  it('is not on the portal until published, then shows without its rationale, then with it', async () => {
    const path = `/public/recommendations/${encodeURIComponent(reference)}`;
    const head = (await api.as('auditor').get(`/recommendations/${id}`).expect(200)).headers;
    expect((await portal(path, head['x-projection-position'])).status).toBe(404);

    let position = (
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/publish`, { rationalePublic: false })
        .expect(200)
    ).body.position;
    let page = await portal(path, position);
    expect(page.status).toBe(200);
    expect(page.text).toContain(reference);
    expect(page.text).not.toContain('marker-rationale-7781');
    expect(page.headers['set-cookie']).toBeUndefined();

    position = (
      await api
        .as('secretariat')
        .post(`/recommendations/${id}/publish`, { rationalePublic: true })
        .expect(200)
    ).body.position;
    page = await portal(path, position);
    expect(page.text).toContain('marker-rationale-7781');
    const data = await portal('/public/data/recommendations.json', position);
    expect(JSON.stringify(data.body)).toContain(reference);
  });

  it('leaves the portal and its open data when unpublished', async () => {
    const position = (await api.as('secretariat').post(`/recommendations/${id}/unpublish`, {}).expect(200))
      .body.position;
    expect((await portal(`/public/recommendations/${encodeURIComponent(reference)}`, position)).status).toBe(
      404,
    );
    const data = await portal('/public/data/recommendations.json', position);
    expect(JSON.stringify(data.body)).not.toContain(reference);
  });
});
