import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import {
  EventStreamRepository,
  actionIdOf,
  actionStream,
  institutionStream,
  progressReportStream,
  recommendationStream,
  type Decider,
} from '@app/recommendations';

type AnyEvent = { type: string; data: object };

/** Appends events to a stream through the repository, as commands would, without deciding anything. */
export async function appendEvents(
  app: INestApplication,
  stream: string,
  events: readonly AnyEvent[],
  actorId = 'secretariat-user',
): Promise<void> {
  const fold: Decider<never, null, AnyEvent> = { initialState: null, decide: () => [], evolve: () => null };
  const id = randomUUID();
  const context = {
    actor: { id: actorId, role: 'secretariat' as const },
    correlationId: id,
    causationId: id,
    commandId: id,
  };
  await app.get(EventStreamRepository).execute(stream, fold, () => [...events], context);
}

export interface SeededRecommendation {
  id: string;
  reference: string;
  text: string;
}

/** A recommendation proposed, reviewed with a position and rationale, then the `more` events given. */
export async function seedRecommendation(
  app: INestApplication,
  fields: { reference: string; text: string; rationale?: string; themes?: string[]; mechanism?: string },
  more: readonly AnyEvent[] = [],
  actorId?: string,
): Promise<SeededRecommendation> {
  const id = randomUUID();
  const proposed = {
    type: 'RecommendationProposed',
    data: {
      recommendationId: id,
      reference: fields.reference,
      text: fields.text,
      language: 'en',
      source: { mechanism: { kind: fields.mechanism ?? 'upr' }, recommendingParties: [{ name: 'Norway' }] },
      themes: fields.themes ?? ['Justice'],
      sdgTargets: ['16.3'],
      affectedGroups: ['General'],
    },
  };
  const reviewed = [
    { type: 'ReviewScheduled', data: { reviewDueDate: '2021-05-31' } },
    {
      type: 'PositionRecorded',
      data: { position: 'supported', rationale: fields.rationale ?? 'In line with law.' },
    },
  ];
  await appendEvents(app, recommendationStream(id), [proposed, ...reviewed, ...more], actorId);
  return { id, reference: fields.reference, text: fields.text };
}

export const publish = (rationalePublic: boolean): AnyEvent => ({
  type: 'RecommendationPublished',
  data: { rationalePublic },
});
export const UNPUBLISH: AnyEvent = { type: 'RecommendationUnpublished', data: {} };

export async function seedInstitution(app: INestApplication, id: string, names: object): Promise<void> {
  await appendEvents(app, institutionStream(id), [
    { type: 'InstitutionRegistered', data: { institutionId: id, names, kind: 'ministry' } },
  ]);
}

/** An action with one indicator, linked to `recommendationIds`, then the `more` events given. */
export async function seedPublicAction(
  app: INestApplication,
  fields: { planId: string; number: string; title: string; lead: string; recommendationIds: string[] },
  more: readonly AnyEvent[] = [],
): Promise<string> {
  const actionId = actionIdOf(fields.planId, fields.number);
  await appendEvents(app, actionStream(actionId), [
    {
      type: 'ActionCreated',
      data: {
        actionId,
        planId: fields.planId,
        number: fields.number,
        title: fields.title,
        leadInstitutionId: fields.lead,
        supportingInstitutionIds: [],
        targetDate: '2025-12-31',
      },
    },
    {
      type: 'IndicatorDefined',
      data: {
        indicatorId: 'ind-1',
        name: 'Judges trained',
        unit: 'people',
        frequencyMonths: 6,
        scheduleStart: '2024-01-01',
        baseline: 0,
        target: 200,
      },
    },
    { type: 'RecommendationsLinked', data: { recommendationIds: fields.recommendationIds } },
    ...more,
  ]);
  return actionId;
}

/** A submitted report (then `more`), with evidence, a value note and a submitter; returns its id. */
export async function seedReport(
  app: INestApplication,
  actionId: string,
  content: { narrative: string; evidenceName: string; note: string },
  more: readonly AnyEvent[],
  actorId?: string,
): Promise<string> {
  const reportId = randomUUID();
  const submitted = {
    type: 'ProgressReportSubmitted',
    data: {
      reportId,
      actionId,
      institutionId: 'ministry-of-justice',
      periodStart: '2024-01-01',
      periodEnd: '2024-06-30',
      indicatorValues: [{ indicatorId: 'ind-1', value: 120, note: content.note }],
      narrative: content.narrative,
      evidence: [
        { sha256: 'a'.repeat(64), fileName: content.evidenceName, mediaType: 'application/pdf', size: 10 },
      ],
    },
  };
  await appendEvents(app, progressReportStream(reportId), [submitted, ...more], actorId);
  return reportId;
}
