import { jsonEqual, plainJson } from './plain-json.util';
import type { Amend } from './recommendation.commands';
import type { AmendableFields, RecommendationEvent } from './recommendation.events';
import type { Proposal } from './recommendation.state';

export const AMENDABLE_FIELDS = [
  'text',
  'language',
  'source',
  'themes',
  'sdgTargets',
  'affectedGroups',
  'meetingRef',
] as const satisfies readonly (keyof AmendableFields)[];

type _EveryAmendableFieldListed = AssertNever<
  Exclude<keyof AmendableFields, (typeof AMENDABLE_FIELDS)[number]>
>;
type AssertNever<T extends never> = T;

/** The fields the command sets to a new value; unchanged and absent fields are left out. */
export function changedFields(
  command: Partial<AmendableFields>,
  current: Proposal,
): Partial<AmendableFields> {
  const changes: Partial<AmendableFields> = {};
  for (const field of AMENDABLE_FIELDS) {
    const next = field === 'source' && command.source ? plainJson(command.source) : command[field];
    if (next !== undefined && !jsonEqual(next, current[field])) Object.assign(changes, { [field]: next });
  }
  return changes;
}

/** An amendment that changes nothing records nothing, so a retried or redundant edit is harmless. */
export function amendmentOf(command: Amend, current: Proposal): RecommendationEvent[] {
  const changes = changedFields(command, current);
  return Object.keys(changes).length === 0 ? [] : [{ type: 'RecommendationAmended', data: changes }];
}
