import { PositionNotSupportedError } from './domain.errors';
import type { Decider } from './decider';
import { LIFECYCLE } from './lifecycle.table';
import { plainJson, withoutUndefined } from './plain-json.util';
import { amendmentOf } from './recommendation.amend';
import { correctionOf, translationOf } from './recommendation.corrections';
import { evidenceAttachmentOf } from './recommendation.evidence';
import {
  DEFAULT_LANGUAGE,
  type Propose,
  type RecommendationCommand,
  type ReflectInPlan,
} from './recommendation.commands';
import type { RecommendationEvent } from './recommendation.events';
import { evolve } from './recommendation.evolve';
import { checkEffectiveDate, stateAllowing } from './recommendation.guards';
import { linkOf, mechanismAssessmentOf, unlinkOf } from './recommendation.links-decisions';
import { checkTargetInPlan, planLinkUpdateOf } from './recommendation.plan-link';
import { publicationOf, unpublicationOf } from './recommendation.publication';
import { initialState, type RecommendationState, type ReviewedRecommendation } from './recommendation.state';

export { evolve, initialState };

/** Pure: everything it needs (ids, the plan) arrives in the command; it throws a DomainError or returns events. */
export function decide(command: RecommendationCommand, state: RecommendationState): RecommendationEvent[] {
  switch (command.type) {
    case 'propose':
      stateAllowing(command, state);
      return [proposed(command)];
    case 'amend':
      return amendmentOf(command, stateAllowing(command, state));
    case 'scheduleReview':
      stateAllowing(command, state);
      return [
        {
          type: 'ReviewScheduled',
          data: withoutUndefined({ reviewDueDate: command.reviewDueDate, meetingRef: command.meetingRef }),
        },
      ];
    case 'recordPosition': {
      stateAllowing(command, state);
      checkEffectiveDate(command);
      const { position, rationale, effectiveDate, sourceResponse } = command;
      return [
        {
          type: 'PositionRecorded',
          data: withoutUndefined({ position, rationale, effectiveDate, sourceResponse }),
        },
      ];
    }
    case 'deferResponse':
      stateAllowing(command, state);
      checkEffectiveDate(command);
      return [
        {
          type: 'ResponseDeferred',
          data: withoutUndefined({ reason: command.reason, effectiveDate: command.effectiveDate }),
        },
      ];
    case 'reopenReview':
      stateAllowing(command, state);
      return [
        { type: 'ReviewReopened', data: { reason: command.reason, reviewDueDate: command.reviewDueDate } },
      ];
    case 'reflectInPlan':
      checkPlannable(command, stateAllowing(command, state));
      return [
        {
          type: 'RecommendationReflectedInPlan',
          data: withoutUndefined({
            planId: command.planId,
            actionRef: command.actionRef,
            actionId: command.actionId,
            responsibleInstitutions: command.responsibleInstitutions,
            targetDate: command.targetDate,
          }),
        },
      ];
    case 'updatePlanLink':
      return planLinkUpdateOf(command, stateAllowing(command, state));
    case 'reportProgress':
      stateAllowing(command, state);
      return [
        {
          type: 'ProgressReported',
          data: withoutUndefined({
            status: command.status,
            narrative: command.narrative,
            period: command.period,
            evidence: command.evidence,
          }),
        },
      ];
    case 'markImplemented':
      stateAllowing(command, state);
      return [
        {
          type: 'RecommendationImplemented',
          data: withoutUndefined({ assessment: command.assessment, evidence: command.evidence }),
        },
      ];
    case 'withdraw':
      stateAllowing(command, state);
      return [{ type: 'RecommendationWithdrawn', data: { reason: command.reason } }];
    case 'archive':
      stateAllowing(command, state);
      return [{ type: 'RecommendationArchived', data: { reason: command.reason } }];
    case 'correct':
      return correctionOf(command, stateAllowing(command, state));
    case 'addTranslation':
      return translationOf(command, stateAllowing(command, state));
    case 'linkRecommendation':
      return linkOf(command, stateAllowing(command, state));
    case 'unlinkRecommendation':
      return unlinkOf(command, stateAllowing(command, state));
    case 'recordMechanismAssessment':
      stateAllowing(command, state);
      return mechanismAssessmentOf(command);
    case 'attachEvidence':
      stateAllowing(command, state);
      return evidenceAttachmentOf(command);
    case 'publish':
      return publicationOf(command, stateAllowing(command, state));
    case 'unpublish':
      return unpublicationOf(stateAllowing(command, state));
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function proposed(command: Propose): RecommendationEvent {
  return {
    type: 'RecommendationProposed',
    data: withoutUndefined({
      recommendationId: command.recommendationId,
      reference: command.reference,
      text: command.text,
      language: command.language ?? DEFAULT_LANGUAGE,
      source: plainJson(command.source),
      themes: command.themes,
      sdgTargets: command.sdgTargets,
      affectedGroups: command.affectedGroups,
      meetingRef: command.meetingRef,
    }),
  };
}

function checkPlannable(command: ReflectInPlan, current: ReviewedRecommendation): void {
  const allowedPositions: readonly string[] = LIFECYCLE.reflectInPlan.requiresPosition;
  if (!allowedPositions.includes(current.position)) throw new PositionNotSupportedError(current.position);
  checkTargetInPlan(command.planId, command.targetDate, command.plan);
}

export const recommendationDecider: Decider<RecommendationCommand, RecommendationState, RecommendationEvent> =
  {
    initialState,
    decide,
    evolve,
  };
