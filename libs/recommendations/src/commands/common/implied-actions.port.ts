import type { ImpliedAction } from '../../domain';

/** Finds an action known only from version-1 plan links; the API answers it from the actions read model. */
export interface ImpliedActions {
  find(actionId: string): Promise<ImpliedAction | undefined>;
}

export const IMPLIED_ACTIONS = Symbol('IMPLIED_ACTIONS');
