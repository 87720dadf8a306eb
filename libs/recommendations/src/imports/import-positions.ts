import type { IsoDate, RecommendationCommand, RecommendationState } from '../domain';
import { uprSession } from '../vocabulary';
import type { CandidateToImport } from './candidate-to-import';

export type PositionOutcome = 'recorded' | 'deferred' | 'skipped';

/** When the source decided: the UPR session's last day, else the source's date. */
export function sourceDecisionDate(candidate: CandidateToImport): IsoDate | undefined {
  const session = candidate.source.upr ? uprSession(candidate.source.upr.session) : undefined;
  return session?.end ?? candidate.source.date;
}

/**
 * The source's response as the commission's position: schedule the review when still proposed, then record the
 * position (with the response as its justification) or defer it. Nothing once a position is recorded.
 */
export function positionCommands(
  candidate: CandidateToImport,
  state: RecommendationState,
  today: IsoDate,
  mayDecide: boolean,
): { commands: RecommendationCommand[]; outcome?: PositionOutcome } {
  const { position } = candidate;
  const open = state.status === 'proposed' || state.status === 'under_review';
  if (position === undefined || !open) return { commands: [] };
  if (position === 'pending' && state.status === 'under_review' && state.deferral) return { commands: [] };
  if (!mayDecide) return { commands: [], outcome: 'skipped' };
  const recommendationId = state.id;
  const decided = sourceDecisionDate(candidate);
  const effectiveDate = decided !== undefined && decided <= today ? decided : undefined;
  const commands: RecommendationCommand[] = [];
  if (state.status === 'proposed') {
    commands.push({ type: 'scheduleReview', recommendationId, reviewDueDate: effectiveDate ?? today });
  }
  const response = candidate.source.response ?? position;
  if (position === 'pending') {
    const reason = `The source records the response as "${response}"`;
    commands.push({ type: 'deferResponse', recommendationId, reason, effectiveDate, today });
    return { commands, outcome: 'deferred' };
  }
  commands.push({
    type: 'recordPosition',
    recommendationId,
    position,
    sourceResponse: response,
    effectiveDate,
    today,
  });
  return { commands, outcome: 'recorded' };
}
