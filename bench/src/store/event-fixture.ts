import { randomUUID } from 'node:crypto';

/** A proposal-sized event (about 1 KB stored), the same for every store compared. */
export const EVENT_TYPE = 'RecommendationProposed';

export const eventData = (n: number) => ({
  recommendationId: '6a1f2c3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
  reference: `UNCT-2021-${n}`,
  text: 'Strengthen the generation and publication of data disaggregated by sex, age, disability and region.',
  language: 'en',
  source: {
    mechanism: { kind: 'unct' },
    recommendingParties: [{ name: 'UNCT' }],
    document: 'Common Country Analysis',
    date: '2021-03-24',
  },
  themes: ['Data generation', 'Statistics'],
  sdgTargets: ['17.18', '16.10'],
  affectedGroups: ['General', 'Persons with disabilities'],
  meetingRef: 'Inter-agency Commission, 24 March 2021',
});

export const eventMetadata = () => ({
  actor: { id: 'bench-secretariat', role: 'secretariat' },
  occurredAt: new Date().toISOString(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
  commandId: randomUUID(),
  schemaVersion: 1,
  prevHash: 'a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978',
  hash: '0f1e2d3c4b5a69788796a5b4c3d2e1f0a3f1c2d4e5b6a7980f1e2d3c4b5a6978',
});

/** Streams the store workloads cycle through, each append at the stream's exact next revision. */
export const STREAMS = 1000;
