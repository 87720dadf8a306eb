import { failureSummary, runHostileRequests, type HostileRunReport } from './support/hostile/hostile-run';
import { startHostileTarget, stateAfterAttack, type HostileTarget } from './support/hostile/hostile-target';

/** Bounded for `npm test`; `npm run fuzz` runs the same attacks at 10,000 requests and more. */
const REQUESTS = 3000;
const SEED = 20261130;

describe('Hostile input: whatever a caller sends, the server answers sanely and the log stays whole', () => {
  let target: HostileTarget;
  let report: HostileRunReport;

  beforeAll(async () => {
    target = await startHostileTarget();
    report = await runHostileRequests({
      baseUrl: target.baseUrl,
      targets: target.targets,
      requests: REQUESTS,
      seed: SEED,
    });
  }, 120_000);
  afterAll(() => target?.api.close());

  it('answers every request within 5 s, never with a 5xx other than PROJECTION_BEHIND, and leaks no internals', () => {
    expect(failureSummary(report)).toEqual([]);
    expect(report.requests).toBe(REQUESTS);
  });

  it('reaches the code behind validation: some attacks succeed, some are refused by rules, not only by the DTOs', () => {
    const count = (status: number): number => report.byStatus[status] ?? 0;
    expect(count(200) + count(201)).toBeGreaterThan(50);
    expect(count(400)).toBeGreaterThan(500);
    expect(count(401)).toBeGreaterThan(50);
    expect(count(404) + count(409) + count(422)).toBeGreaterThan(50);
  });

  it('leaves every projection running and the log verifiable', async () => {
    const after = await stateAfterAttack(target);
    expect(after.projections.length).toBeGreaterThan(0);
    expect(after.projections.every((projection) => projection.state === 'running')).toBe(true);
    expect(after.verified).toBe(true);
    expect(after.health).toBe(200);
  });
});
