import {
  changedFields,
  type AmendableFields,
  type Propose,
  type RecommendationCommand,
  type RecommendationState,
} from '../domain';
import type { CandidateToImport } from './candidate-to-import';
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
 * New: propose. Proposed: amend what differs. Past its proposal: a correction of what differs, its reason naming the
 * import and rows, since a decided recommendation's record is never amended.
 */
export function planFor(
  candidate: CandidateToImport,
  recommendationId: string,
  reference: string,
  state: RecommendationState,
  importId: string,
): CandidatePlan {
  const fields = fieldsOf(candidate);
  if (state.status === 'none') {
    const propose: Propose = { type: 'propose', recommendationId, reference, ...fields };
    return { commands: [propose], outcome: 'created' };
  }
  const changes = changedFields(fields, state);
  if (Object.keys(changes).length === 0) return { commands: [], outcome: 'unchanged' };
  if (state.status === 'proposed') {
    return { commands: [{ type: 'amend', recommendationId, ...changes }], outcome: 'updated' };
  }
  const reason = `Corrected from import ${importId}, rows ${candidate.rows.join(', ')}`;
  return { commands: [{ type: 'correct', recommendationId, changes, reason }], outcome: 'updated' };
}
