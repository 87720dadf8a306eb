import type { LIFECYCLE } from './lifecycle.table';
import type { RecommendationCommand, RecommendationCommandType } from './recommendation.commands';
import type { RecommendationEvent } from './recommendation.events';
import type { RecommendationStatus } from './recommendation.state';

/** Test data after the demo commission; used by the unit specs only. */
export const RECOMMENDATION_ID = '6a1f2c3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
/** The same recommendation made in the previous cycle. */
export const EARLIER_ID = '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b';

/** A stored PDF as an upload answers it. */
export const EVIDENCE_PDF = {
  sha256: 'a'.repeat(64),
  fileName: 'minutes-2021-05.pdf',
  mediaType: 'application/pdf',
  size: 1234,
};

export const NHRAP = { id: 'NHRAP-2021-2025', periodStart: '2021-01-01', periodEnd: '2025-12-31' };

type CommandTable = { [C in RecommendationCommandType]: Extract<RecommendationCommand, { type: C }> };

/** One valid command per lifecycle row. */
export const command: CommandTable = {
  propose: {
    type: 'propose',
    recommendationId: RECOMMENDATION_ID,
    reference: 'UNCT-2021-01',
    text: 'Strengthen the generation and publication of disaggregated data.',
    language: 'en',
    source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNCT' }], date: '2021-03-24' },
    themes: ['Data generation', 'Statistics'],
    sdgTargets: ['17.18', '16.10'],
    affectedGroups: ['General'],
    meetingRef: 'Inter-agency Commission, 24 March 2021',
  },
  amend: {
    type: 'amend',
    recommendationId: RECOMMENDATION_ID,
    themes: ['Statistics'],
    sdgTargets: ['17.18'],
  },
  scheduleReview: {
    type: 'scheduleReview',
    recommendationId: RECOMMENDATION_ID,
    reviewDueDate: '2021-05-31',
    meetingRef: 'Inter-agency Commission, May 2021',
  },
  recordPosition: {
    type: 'recordPosition',
    recommendationId: RECOMMENDATION_ID,
    position: 'supported',
    rationale: 'Consistent with the national statistics development strategy.',
    today: '2021-05-31',
  },
  deferResponse: {
    type: 'deferResponse',
    recommendationId: RECOMMENDATION_ID,
    reason: 'The ministry asked for time to consult the statistics council.',
    today: '2021-05-31',
  },
  reopenReview: {
    type: 'reopenReview',
    recommendationId: RECOMMENDATION_ID,
    reason: 'New census results change the picture.',
    reviewDueDate: '2021-09-30',
  },
  reflectInPlan: {
    type: 'reflectInPlan',
    recommendationId: RECOMMENDATION_ID,
    planId: NHRAP.id,
    actionRef: 'Task 1.4',
    responsibleInstitutions: ['State Committee on Statistics'],
    targetDate: '2024-12-31',
    plan: NHRAP,
  },
  updatePlanLink: {
    type: 'updatePlanLink',
    recommendationId: RECOMMENDATION_ID,
    targetDate: '2025-06-30',
    plan: NHRAP,
  },
  reportProgress: {
    type: 'reportProgress',
    recommendationId: RECOMMENDATION_ID,
    status: 'in_progress',
    narrative: 'Survey instruments revised with UNFPA support.',
    period: '2022',
  },
  markImplemented: {
    type: 'markImplemented',
    recommendationId: RECOMMENDATION_ID,
    assessment: 'Disaggregated indicators published on the national SDG platform.',
    evidence: ['https://example.org/sdg-platform'],
  },
  withdraw: { type: 'withdraw', recommendationId: RECOMMENDATION_ID, reason: 'Superseded by UNCT-2021-07.' },
  archive: {
    type: 'archive',
    recommendationId: RECOMMENDATION_ID,
    reason: 'Closed at the end of the cycle.',
  },
  correct: {
    type: 'correct',
    recommendationId: RECOMMENDATION_ID,
    changes: { text: 'Strengthen the generation, analysis and publication of disaggregated data.' },
    reason: 'The commission adopted the wording of the final UNCT letter.',
  },
  addTranslation: {
    type: 'addTranslation',
    recommendationId: RECOMMENDATION_ID,
    language: 'ru',
    text: 'Усилить сбор и публикацию дезагрегированных данных.',
    translatedBy: 'UN Russian Translation Service',
  },
  linkRecommendation: {
    type: 'linkRecommendation',
    recommendationId: RECOMMENDATION_ID,
    kind: 'carried_over_from',
    otherRecommendationId: EARLIER_ID,
    other: { id: EARLIER_ID, links: [] },
  },
  unlinkRecommendation: {
    type: 'unlinkRecommendation',
    recommendationId: RECOMMENDATION_ID,
    kind: 'carried_over_from',
    otherRecommendationId: EARLIER_ID,
  },
  recordMechanismAssessment: {
    type: 'recordMechanismAssessment',
    recommendationId: RECOMMENDATION_ID,
    scale: 'treaty_body_follow_up',
    grade: 'B1',
    assessedBy: 'Human Rights Committee',
    assessedOn: '2023-07-28',
    documentSymbol: 'CCPR/C/138/2',
    today: '2024-01-15',
  },
  attachEvidence: {
    type: 'attachEvidence',
    recommendationId: RECOMMENDATION_ID,
    evidence: [EVIDENCE_PDF],
    note: 'The signed minutes of the review session.',
    decisionRevision: 2,
  },
  publish: { type: 'publish', recommendationId: RECOMMENDATION_ID, rationalePublic: true },
  unpublish: { type: 'unpublish', recommendationId: RECOMMENDATION_ID },
};

type EventTable = {
  [C in RecommendationCommandType]: Extract<
    RecommendationEvent,
    { type: (typeof LIFECYCLE)[C]['eventType'] }
  >;
};

/** The exact event each command above decides, written out by hand. */
export const decided: EventTable = {
  propose: {
    type: 'RecommendationProposed',
    data: {
      recommendationId: RECOMMENDATION_ID,
      reference: 'UNCT-2021-01',
      text: 'Strengthen the generation and publication of disaggregated data.',
      language: 'en',
      source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNCT' }], date: '2021-03-24' },
      themes: ['Data generation', 'Statistics'],
      sdgTargets: ['17.18', '16.10'],
      affectedGroups: ['General'],
      meetingRef: 'Inter-agency Commission, 24 March 2021',
    },
  },
  amend: { type: 'RecommendationAmended', data: { themes: ['Statistics'], sdgTargets: ['17.18'] } },
  scheduleReview: {
    type: 'ReviewScheduled',
    data: { reviewDueDate: '2021-05-31', meetingRef: 'Inter-agency Commission, May 2021' },
  },
  recordPosition: {
    type: 'PositionRecorded',
    data: {
      position: 'supported',
      rationale: 'Consistent with the national statistics development strategy.',
    },
  },
  deferResponse: {
    type: 'ResponseDeferred',
    data: { reason: 'The ministry asked for time to consult the statistics council.' },
  },
  reopenReview: {
    type: 'ReviewReopened',
    data: { reason: 'New census results change the picture.', reviewDueDate: '2021-09-30' },
  },
  reflectInPlan: {
    type: 'RecommendationReflectedInPlan',
    data: {
      planId: 'NHRAP-2021-2025',
      actionRef: 'Task 1.4',
      responsibleInstitutions: ['State Committee on Statistics'],
      targetDate: '2024-12-31',
    },
  },
  updatePlanLink: { type: 'PlanLinkUpdated', data: { targetDate: '2025-06-30' } },
  reportProgress: {
    type: 'ProgressReported',
    data: {
      status: 'in_progress',
      narrative: 'Survey instruments revised with UNFPA support.',
      period: '2022',
    },
  },
  markImplemented: {
    type: 'RecommendationImplemented',
    data: {
      assessment: 'Disaggregated indicators published on the national SDG platform.',
      evidence: ['https://example.org/sdg-platform'],
    },
  },
  withdraw: { type: 'RecommendationWithdrawn', data: { reason: 'Superseded by UNCT-2021-07.' } },
  archive: { type: 'RecommendationArchived', data: { reason: 'Closed at the end of the cycle.' } },
  correct: {
    type: 'RecommendationCorrected',
    data: {
      changes: { text: 'Strengthen the generation, analysis and publication of disaggregated data.' },
      reason: 'The commission adopted the wording of the final UNCT letter.',
    },
  },
  addTranslation: {
    type: 'TranslationAdded',
    data: {
      language: 'ru',
      text: 'Усилить сбор и публикацию дезагрегированных данных.',
      translatedBy: 'UN Russian Translation Service',
    },
  },
  linkRecommendation: {
    type: 'RecommendationLinked',
    data: { kind: 'carried_over_from', otherRecommendationId: EARLIER_ID },
  },
  unlinkRecommendation: {
    type: 'RecommendationUnlinked',
    data: { kind: 'carried_over_from', otherRecommendationId: EARLIER_ID },
  },
  recordMechanismAssessment: {
    type: 'MechanismAssessmentRecorded',
    data: {
      scale: 'treaty_body_follow_up',
      grade: 'B1',
      assessedBy: 'Human Rights Committee',
      assessedOn: '2023-07-28',
      documentSymbol: 'CCPR/C/138/2',
    },
  },
  attachEvidence: {
    type: 'EvidenceAttached',
    data: {
      evidence: [EVIDENCE_PDF],
      note: 'The signed minutes of the review session.',
      decisionRevision: 2,
    },
  },
  publish: { type: 'RecommendationPublished', data: { rationalePublic: true } },
  unpublish: { type: 'RecommendationUnpublished', data: {} },
};

/** A stored history that leaves the recommendation in each status. */
export const historyTo: Record<RecommendationStatus, RecommendationEvent[]> = {
  none: [],
  proposed: [decided.propose],
  under_review: [decided.propose, decided.scheduleReview],
  reviewed: [decided.propose, decided.scheduleReview, decided.recordPosition],
  planned: [decided.propose, decided.scheduleReview, decided.recordPosition, decided.reflectInPlan],
  implemented: [
    decided.propose,
    decided.scheduleReview,
    decided.recordPosition,
    decided.reflectInPlan,
    decided.markImplemented,
  ],
  withdrawn: [decided.propose, decided.withdraw],
  archived: [decided.propose, decided.scheduleReview, decided.recordPosition, decided.archive],
};

/** What a command needs recorded before it, beyond the status: an unlink needs its link. */
export const prerequisite: Partial<Record<RecommendationCommandType, RecommendationEvent[]>> = {
  unlinkRecommendation: [decided.linkRecommendation],
  unpublish: [decided.publish],
};

/** The prerequisite is recorded right after the proposal, while every status still allows it. */
export const historyFor = (status: RecommendationStatus, commandType: RecommendationCommandType) => {
  const [proposal, ...rest] = historyTo[status];
  return proposal === undefined ? [] : [proposal, ...(prerequisite[commandType] ?? []), ...rest];
};
