import { GradeNotOnScaleError, AssessedOnInFutureError } from './mechanism-assessment.errors';
import { MECHANISM_SCALES, isGradeOn } from './mechanism-assessment';
import { withoutUndefined } from './plain-json.util';
import type {
  LinkRecommendation,
  RecordMechanismAssessment,
  UnlinkRecommendation,
} from './recommendation.commands';
import type { RecommendationEvent } from './recommendation.events';
import { sameLink, type OutgoingLink } from './recommendation-links';
import {
  LinkExistsError,
  LinkNotFoundError,
  LinkTargetUnknownError,
  LinkToItselfError,
} from './recommendation-links.errors';
import type { Proposal } from './recommendation.state';

/** Refuses itself, an unknown other, and a link either side already declares (the same link read back). */
export function linkOf(command: LinkRecommendation, current: Proposal): RecommendationEvent[] {
  const { kind, otherRecommendationId, other } = command;
  if (otherRecommendationId === current.id) throw new LinkToItselfError(otherRecommendationId);
  if (other === undefined) throw new LinkTargetUnknownError(otherRecommendationId);
  const link: OutgoingLink = { kind, otherRecommendationId };
  if ((current.links ?? []).some((declared) => sameLink(declared, link))) {
    throw new LinkExistsError(kind, otherRecommendationId, current.id);
  }
  if (other.links.some((declared) => sameLink(declared, { kind, otherRecommendationId: current.id }))) {
    throw new LinkExistsError(kind, otherRecommendationId, other.id);
  }
  return [{ type: 'RecommendationLinked', data: link }];
}

/** Only a link this recommendation declared can be removed from it. */
export function unlinkOf(command: UnlinkRecommendation, current: Proposal): RecommendationEvent[] {
  const link: OutgoingLink = { kind: command.kind, otherRecommendationId: command.otherRecommendationId };
  if (!(current.links ?? []).some((declared) => sameLink(declared, link))) {
    throw new LinkNotFoundError(link.kind, link.otherRecommendationId);
  }
  return [{ type: 'RecommendationUnlinked', data: link }];
}

/** The grade must be on its scale, the date not after the day it is recorded. */
export function mechanismAssessmentOf(command: RecordMechanismAssessment): RecommendationEvent[] {
  const { scale, grade, assessedBy, assessedOn, documentSymbol, note, today } = command;
  if (!isGradeOn(scale, grade)) throw new GradeNotOnScaleError(scale, grade, MECHANISM_SCALES[scale]);
  if (assessedOn > today) throw new AssessedOnInFutureError(assessedOn, today);
  return [
    {
      type: 'MechanismAssessmentRecorded',
      data: withoutUndefined({ scale, grade, assessedBy, assessedOn, documentSymbol, note }),
    },
  ];
}
