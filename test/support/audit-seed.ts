import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@app/event-store';
import {
  EventStreamRepository,
  decide,
  decidePlan,
  planDecider,
  planStream,
  recommendationDecider,
  recommendationStream,
  type CommandContext,
  type RecommendationCommand,
  type Role,
} from '@app/recommendations';

export const SEED_PLAN = { id: 'NHRAP-2021-2025', periodStart: '2021-01-01', periodEnd: '2025-12-31' };

const context = (role: Role): CommandContext => ({
  actor: { id: `${role}-user`, role },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  commandId: randomUUID(),
});

/** One recommendation's six decisions, each by the role the lifecycle gives it. */
const lifecycle = (recommendationId: string, n: number): Array<[Role, RecommendationCommand]> => [
  [
    'secretariat',
    {
      type: 'propose',
      recommendationId,
      reference: `UPR-2021-${n}`,
      text: `Recommendation ${n}: ratify the optional protocol.`,
      source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'Human Rights Council' }] },
      themes: ['treaties'],
      sdgTargets: ['16.3'],
      affectedGroups: [],
    },
  ],
  ['secretariat', { type: 'scheduleReview', recommendationId, reviewDueDate: '2021-06-30' }],
  [
    'reviewer',
    {
      type: 'recordPosition',
      recommendationId,
      position: 'supported',
      rationale: 'In line with policy.',
      today: '2021-12-31',
    },
  ],
  [
    'secretariat',
    {
      type: 'reflectInPlan',
      recommendationId,
      planId: SEED_PLAN.id,
      actionRef: `Action ${n}`,
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2024-12-31',
      plan: SEED_PLAN,
    },
  ],
  [
    'secretariat',
    { type: 'reportProgress', recommendationId, status: 'in_progress', narrative: 'Drafting.' },
  ],
  ['reviewer', { type: 'markImplemented', recommendationId, assessment: 'Ratified in 2023.' }],
];

/**
 * Writes a plan and `count` recommendations of six events each into a new embedded store, through the same
 * repository the command handlers use; the recommendations advance in turn, so their events interleave in the log.
 */
export async function seedStore(file: string, count = 3): Promise<string[]> {
  const store = new SqliteEventStore({ file });
  let now = Date.parse('2021-03-24T09:00:00Z');
  const repository = new EventStreamRepository(store, () => new Date((now += 3_600_000)));
  await repository.execute(
    planStream(SEED_PLAN.id),
    planDecider,
    (state) =>
      decidePlan({ type: 'registerPlan', planId: SEED_PLAN.id, title: 'NHRAP', ...SEED_PLAN }, state),
    context('secretariat'),
  );
  const ids = Array.from({ length: count }, () => randomUUID());
  const steps = ids.map((id, n) => lifecycle(id, n + 1));
  for (let step = 0; step < steps[0].length; step++) {
    for (const [n, id] of ids.entries()) {
      const [role, command] = steps[n][step];
      await repository.execute(
        recommendationStream(id),
        recommendationDecider,
        (state) => decide(command, state),
        context(role),
      );
    }
  }
  await store.close();
  return ids;
}
