import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

const upr = (parties: object[]) => ({
  source: {
    mechanism: { kind: 'upr' },
    recommendingParties: parties,
    stateUnderReview: 'TKM',
    upr: { cycle: 3, session: 30 },
  },
});

/** Counts by the recommending parties' regional group, and by two dimensions at once. */
describe('GET /reports/summary: regional groups and cross-tabulation', () => {
  let api: ApiHarness;
  let last: string;
  beforeAll(async () => {
    api = await startApi();
    // Norway and Sweden (both WEOG, one named by the client, one known from its ISO3): counted once under WEOG.
    const joint = await proposeOne(
      api,
      upr([
        { name: 'Norway', regionalGroup: 'weog' },
        { name: 'Sweden', iso3: 'SWE' },
        { name: 'Kazakhstan' },
      ]),
    );
    await proposeOne(api, upr([{ name: 'Brazil', regionalGroup: 'Latin American and Caribbean States' }]));
    const scheduled = await proposeOne(api, upr([{ name: 'Norway' }]));
    await runCommand(api, 'secretariat', `/recommendations/${scheduled.id}/schedule-review`, {
      reviewDueDate: '2031-06-30',
    });
    last = await runCommand(api, 'secretariat', `/recommendations/${joint.id}/schedule-review`, {
      reviewDueDate: '2031-06-30',
    });
    // Two UN Country Team suggestions, from entities without a regional group.
    await proposeOne(api);
    last = (await proposeOne(api)).position;
  });
  afterAll(() => api.close());

  const summary = (query: string) =>
    api.as('reporter').get(`/reports/summary?${query}&consistentWith=${last}`);

  it('counts by regional group: once per group of a joint recommendation, null where no party has one known', async () => {
    const { body } = await summary('by=regionalGroup').expect(200);
    expect(body).toEqual({
      by: 'regionalGroup',
      position: expect.any(String),
      groups: [
        { key: null, count: 2 },
        { key: 'WEOG', count: 2 },
        { key: 'Asia-Pacific', count: 1 },
        { key: 'GRULAC', count: 1 },
      ],
    });
  });

  it('cross-tabulates two dimensions in one call: by=mechanism,status', async () => {
    const { body } = await summary('by=mechanism,status').expect(200);
    expect(body).toEqual({
      by: ['mechanism', 'status'],
      position: expect.any(String),
      groups: [
        { key: ['unct', 'proposed'], count: 2 },
        { key: ['upr', 'under_review'], count: 2 },
        { key: ['upr', 'proposed'], count: 1 },
      ],
    });
  });

  it('cross-tabulates regional group by status, with the filters applied', async () => {
    const { body } = await summary('by=regionalGroup,status&mechanism=upr').expect(200);
    expect(body.groups).toEqual([
      { key: ['WEOG', 'under_review'], count: 2 },
      { key: ['Asia-Pacific', 'under_review'], count: 1 },
      { key: ['GRULAC', 'proposed'], count: 1 },
    ]);
  });

  it.each([
    ['three dimensions', 'by=mechanism,status,theme', /at most two/],
    ['a dimension twice', 'by=status,status', /two different/],
    ['an unknown dimension', 'by=mechanism,colour', /must be one of/],
  ])('refuses %s with a 400 naming by', async (_, query, message) => {
    const { body } = await summary(query).expect(400);
    expect(body.errors).toEqual([{ field: 'by', message: expect.stringMatching(message) }]);
  });
});
