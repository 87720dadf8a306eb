import {
  changedFields,
  type AmendableFields,
  type Propose,
  type RecommendationCommand,
  type RecommendationState,
} from '../domain';
import type { CandidateToImport } from './candidate-to-import';
import { AlreadyDecidedError } from './import.errors';
import type { PositionOutcome } from './import-positions';

export type RecommendationOutcome = 'created' | 'updated' | 'unchanged';

/** What one candidate asks of its recommendation: the commands to decide, in order, and what that amounts to. */
export type CandidatePlan = {
  commands: RecommendationCommand[];
  outcome: RecommendationOutcome;
  position?: PositionOutcome;
};

export const fieldsOf = (candidate: CandidateToImport): AmendableFields => ({
  text: candidate.text,
  language: candidate.language,
  source: candidate.source,
  themes: candidate.themes,
  sdgTargets: candidate.sdgTargets,
  affectedGroups: candidate.affectedGroups,
});

/**
 * New: propose. Proposed: amend what differs. Reviewed or later: nothing when the file agrees, otherwise refused
 * (a correction is the secretariat's own step, with a reason).
 */
export function planFor(
  candidate: CandidateToImport,
  recommendationId: string,
  reference: string,
  state: RecommendationState,
): CandidatePlan {
  const fields = fieldsOf(candidate);
  if (state.status === 'none') {
    const propose: Propose = { type: 'propose', recommendationId, reference, ...fields };
    return { commands: [propose], outcome: 'created' };
  }
  const changes = changedFields({ type: 'amend', recommendationId, ...fields }, state);
  if (Object.keys(changes).length === 0) return { commands: [], outcome: 'unchanged' };
  if (state.status !== 'proposed') throw new AlreadyDecidedError(reference, state.status);
  return { commands: [{ type: 'amend', recommendationId, ...changes }], outcome: 'updated' };
}
