import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '@app/event-store';

const PLAN_ID = 'NHRAP-2021-2025';
const START = Date.parse('2021-03-24T09:00:00.000Z');
const HOUR = 3_600_000;

type Step = { type: string; data: object; role?: string };

const ENTITIES = ['UNICEF', 'UNDP', 'OHCHR', 'OSCE', 'UPR', 'CEDAW'];
const MECHANISMS = ['unct', 'unct', 'unct', 'osce', 'upr', 'treaty_body'];
const THEMES = ['education', 'gender equality', 'statistics', 'justice', 'права ребёнка'];
const TEXTS = [
  'Strengthen the collection of disaggregated data, including by sex, age and disability.',
  'Обеспечить доступ к правосудию для всех детей, включая детей-мигрантов.',
  'Adopt a comprehensive anti-discrimination law, covering "all grounds".',
];

/** A deterministic UUID for the n-th generated recommendation. */
export const generatedId = (n: number): string =>
  `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The n-th recommendation's history: six shapes in turn, from just proposed to archived and withdrawn. */
export function generatedLifecycle(n: number): Step[] {
  const propose: Step = {
    type: 'RecommendationProposed',
    data: {
      recommendationId: generatedId(n),
      reference: `GEN-${n}`,
      text: `${TEXTS[n % TEXTS.length]} (${n})`,
      language: n % TEXTS.length === 1 ? 'ru' : 'en',
      source: {
        mechanism: { kind: MECHANISMS[n % MECHANISMS.length] },
        recommendingParties: [{ name: ENTITIES[n % ENTITIES.length] }],
      },
      themes: [THEMES[n % THEMES.length], THEMES[(n + 2) % THEMES.length]],
      sdgTargets: [`${1 + (n % 17)}.${1 + (n % 3)}`, '16.3'],
      affectedGroups: ['children'],
    },
  };
  const schedule: Step = { type: 'ReviewScheduled', data: { reviewDueDate: '2021-06-30' } };
  const decide = (position: string): Step => ({
    type: 'PositionRecorded',
    data: { position, rationale: 'Discussed at the commission.' },
    role: 'reviewer',
  });
  const reflect: Step = {
    type: 'RecommendationReflectedInPlan',
    data: {
      planId: PLAN_ID,
      actionRef: `Task ${n}`,
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    },
  };
  const progress: Step = {
    type: 'ProgressReported',
    data: { status: 'in_progress', narrative: 'Under way.' },
  };
  const implemented: Step = {
    type: 'RecommendationImplemented',
    data: { assessment: 'Done.' },
    role: 'reviewer',
  };
  const corrected: Step = {
    type: 'RecommendationCorrected',
    data: {
      changes: { text: `${TEXTS[n % TEXTS.length]} (${n}, corrected)` },
      reason: 'Wording as adopted.',
    },
  };
  // Shape 3's text is English (n % 3 === 0), so a Russian translation.
  const translated: Step = {
    type: 'TranslationAdded',
    data: { language: 'ru', text: `${TEXTS[1]} (${n})`, translatedBy: 'Translator' },
  };
  switch (n % 6) {
    case 0:
      return [propose];
    case 1:
      return [propose, { type: 'RecommendationAmended', data: { themes: ['justice'] } }, schedule];
    case 2:
      return [propose, schedule, decide('noted')];
    case 3:
      return [propose, schedule, decide('supported'), reflect, progress, corrected, translated];
    case 4:
      return [
        propose,
        schedule,
        decide('partially_supported'),
        reflect,
        progress,
        implemented,
        { type: 'RecommendationArchived', data: { reason: 'Closed.' } },
      ];
    default:
      return [propose, { type: 'RecommendationWithdrawn', data: { reason: 'Superseded.' } }];
  }
}

const envelope = (step: Step, at: number): EventToAppend => ({
  id: randomUUID(),
  type: step.type,
  data: step.data as EventToAppend['data'],
  metadata: {
    actor: { id: `gen-${step.role ?? 'secretariat'}`, role: step.role ?? 'secretariat' },
    occurredAt: new Date(at).toISOString(),
  },
});

/** Registers the plan the generated recommendations are reflected in. */
export function appendGeneratedPlan(store: EventStore): Promise<unknown> {
  const data = {
    planId: PLAN_ID,
    title: 'National Human Rights Action Plan',
    periodStart: '2021-01-01',
    periodEnd: '2025-12-31',
  };
  return store.append(`plan-${PLAN_ID}`, [envelope({ type: 'PlanRegistered', data }, START)], {
    expectedRevision: 'any',
  });
}

/** Appends recommendations `from` to `from + count - 1` straight to the store, each whole history in one append. */
export async function appendGeneratedRecommendations(
  store: EventStore,
  from: number,
  count: number,
): Promise<number> {
  const appends = Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const events = generatedLifecycle(n).map((step, k) => envelope(step, START + n * 60_000 + k * HOUR));
    return store
      .append(`recommendation-${generatedId(n)}`, events, { expectedRevision: 'any' })
      .then(() => events.length);
  });
  return (await Promise.all(appends)).reduce((sum, n) => sum + n, 0);
}
