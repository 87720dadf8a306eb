import { failureSummary, runHostileRequests } from '../support/hostile/hostile-run';
import { startHostileTarget, stateAfterAttack } from '../support/hostile/hostile-target';

/** `npm run fuzz -- [requests] [seed]`: the hostile-input suite, longer; exits 1 on any failure. */
async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  // Past 6,000 requests a minute a token is throttled, as it should be; a long run wants the code behind the limit.
  const target = await startHostileTarget({ RATE_LIMIT_MAX: '0' });
  const started = Date.now();
  const report = await runHostileRequests({
    baseUrl: target.baseUrl,
    targets: target.targets,
    requests,
    seed,
  });
  const after = await stateAfterAttack(target);
  await target.api.close();
  console.log(
    `Seed ${seed}: ${report.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, slowest ${report.slowestMs.toFixed(0)} ms`,
  );
  console.table(report.byStatus);
  console.log('Projections after:', after.projections.map((p) => `${p.name} ${p.state}`).join(', '));
  console.log(`Log verifies: ${after.verified}; /health: ${after.health}`);
  for (const line of failureSummary(report)) console.log(line);
  const healthy =
    after.verified && after.health === 200 && after.projections.every((p) => p.state === 'running');
  if (report.failures.length > 0 || !healthy) {
    console.log(`${report.failures.length} failures (replay with the same seed)`);
    process.exitCode = 1;
  }
}

void main();
