import { LIFECYCLE } from './lifecycle.table';
import type { RecommendationEvent } from './recommendation.events';
import { sameLink } from './recommendation-links';
import { stateReceiving } from './recommendation.guards';
import type { RecommendationState } from './recommendation.state';

/** Folds one stored event into the state; trusts payloads (validated when decided) but not the order. */
export function evolve(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  switch (event.type) {
    case 'RecommendationProposed': {
      stateReceiving(state, LIFECYCLE.propose.from, event);
      const { recommendationId, ...proposal } = event.data;
      return { status: 'proposed', id: recommendationId, ...proposal };
    }
    case 'RecommendationAmended':
      return { ...stateReceiving(state, LIFECYCLE.amend.from, event), ...event.data };
    case 'ReviewScheduled': {
      const current = stateReceiving(state, LIFECYCLE.scheduleReview.from, event);
      const { meetingRef, reviewDueDate } = event.data;
      return {
        ...current,
        status: 'under_review',
        reviewDueDate,
        ...(meetingRef === undefined ? {} : { reviewMeetingRef: meetingRef }),
      };
    }
    case 'PositionRecorded': {
      const { deferral: _deferral, ...current } = stateReceiving(state, LIFECYCLE.recordPosition.from, event);
      return { ...current, status: 'reviewed', ...event.data };
    }
    case 'ResponseDeferred':
      return { ...stateReceiving(state, LIFECYCLE.deferResponse.from, event), deferral: event.data };
    case 'ReviewReopened': {
      const current = stateReceiving(state, LIFECYCLE.reopenReview.from, event);
      const {
        position: _position,
        rationale: _rationale,
        effectiveDate: _effectiveDate,
        sourceResponse: _sourceResponse,
        reviewMeetingRef: _meeting,
        ...proposal
      } = current;
      return { ...proposal, status: 'under_review', reviewDueDate: event.data.reviewDueDate };
    }
    case 'RecommendationReflectedInPlan':
      return {
        ...stateReceiving(state, LIFECYCLE.reflectInPlan.from, event),
        status: 'planned',
        plan: event.data,
      };
    case 'PlanLinkUpdated': {
      const current = stateReceiving(state, LIFECYCLE.updatePlanLink.from, event);
      return { ...current, plan: { ...current.plan, ...event.data } };
    }
    case 'ProgressReported':
      return { ...stateReceiving(state, LIFECYCLE.reportProgress.from, event), progress: event.data };
    case 'RecommendationImplemented': {
      const current = stateReceiving(state, LIFECYCLE.markImplemented.from, event);
      return { ...current, status: 'implemented', implementation: event.data };
    }
    case 'RecommendationWithdrawn': {
      const current = stateReceiving(state, LIFECYCLE.withdraw.from, event);
      return { ...current, status: 'withdrawn', withdrawnFrom: current.status, reason: event.data.reason };
    }
    case 'RecommendationArchived': {
      const current = stateReceiving(state, LIFECYCLE.archive.from, event);
      return { ...current, status: 'archived', archivedFrom: current.status, reason: event.data.reason };
    }
    case 'RecommendationCorrected':
      return { ...stateReceiving(state, LIFECYCLE.correct.from, event), ...event.data.changes };
    // Translations are the read model's concern; no decision depends on them.
    case 'TranslationAdded':
      return stateReceiving(state, LIFECYCLE.addTranslation.from, event);
    case 'RecommendationLinked': {
      const current = stateReceiving(state, LIFECYCLE.linkRecommendation.from, event);
      return { ...current, links: [...(current.links ?? []), event.data] };
    }
    case 'RecommendationUnlinked': {
      const current = stateReceiving(state, LIFECYCLE.unlinkRecommendation.from, event);
      return { ...current, links: (current.links ?? []).filter((link) => !sameLink(link, event.data)) };
    }
    // Kept by the read model beside the State's own assessment; no decision depends on them.
    case 'MechanismAssessmentRecorded':
      return stateReceiving(state, LIFECYCLE.recordMechanismAssessment.from, event);
    // Evidence is listed by the read model and checked by audit verify; no decision depends on it.
    case 'EvidenceAttached':
      return stateReceiving(state, LIFECYCLE.attachEvidence.from, event);
    case 'RecommendationPublished':
      return { ...stateReceiving(state, LIFECYCLE.publish.from, event), publication: event.data };
    case 'RecommendationUnpublished': {
      const { publication: _publication, ...current } = stateReceiving(
        state,
        LIFECYCLE.unpublish.from,
        event,
      );
      return current;
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}
