import type { ActionEvent } from './action.events';
import { evolveAction } from './action.evolve';
import type { ActionState } from './action.state';
import { ACTION_LIFECYCLE } from './implementation.lifecycle';

/** What an action known only from version-1 plan links is made of (docs/actions.md: materialising). */
export type ImpliedAction = { actionId: string; planId: string; number: string; recommendationIds: string[] };

/** The events that materialise an implied action in its own stream: created untitled, linked to its recommendations. */
export function materialised(implied: ImpliedAction): ActionEvent[] {
  const { actionId, planId, number, recommendationIds } = implied;
  const created: ActionEvent = {
    type: 'ActionCreated',
    data: { actionId, planId, number, title: number, supportingInstitutionIds: [] },
  };
  return recommendationIds.length === 0
    ? [created]
    : [created, { type: 'RecommendationsLinked', data: { recommendationIds } }];
}

/**
 * Decides on the action as if its implied events were stored, and stores them with the decision; nothing when the
 * decision records nothing. `implied` is empty when the stream exists or nothing implies the action.
 */
export function decidingOnImplied(
  implied: readonly ActionEvent[],
  decide: (state: ActionState) => ActionEvent[],
): (state: ActionState) => ActionEvent[] {
  return (state) => {
    const prefix = state.status === 'none' ? implied : [];
    const decided = decide(prefix.reduce(evolveAction, state));
    return decided.length === 0 ? [] : [...prefix, ...decided];
  };
}

/**
 * Reflecting a recommendation in a plan links it to the action its actionRef numbers, creating that action (title =
 * the number, no lead) when it does not exist; a closed action keeps its links as they were.
 */
export function linkedByPlan(
  state: ActionState,
  link: { actionId: string; planId: string; number: string; recommendationId: string },
): ActionEvent[] {
  const linked: ActionEvent = {
    type: 'RecommendationsLinked',
    data: { recommendationIds: [link.recommendationId] },
  };
  if (state.status === 'none') {
    const { actionId, planId, number } = link;
    return [...materialised({ actionId, planId, number, recommendationIds: [] }), linked];
  }
  const open: readonly string[] = ACTION_LIFECYCLE.linkRecommendations.from;
  if (!open.includes(state.status) || state.recommendationIds.includes(link.recommendationId)) return [];
  return [linked];
}

/** A plan link moved to another action leaves the one it named. */
export function unlinkedByPlan(state: ActionState, recommendationId: string): ActionEvent[] {
  if (state.status === 'none' || !state.recommendationIds.includes(recommendationId)) return [];
  return [{ type: 'RecommendationsUnlinked', data: { recommendationIds: [recommendationId] } }];
}

/** A plan link always stores the action it implies, even when the implied events already hold the link. */
export function linkingByPlan(
  implied: readonly ActionEvent[],
  link: Parameters<typeof linkedByPlan>[1],
): (state: ActionState) => ActionEvent[] {
  return (state) => {
    const prefix = state.status === 'none' ? implied : [];
    return [...prefix, ...linkedByPlan(prefix.reduce(evolveAction, state), link)];
  };
}
