import type { ActionDetails, ActionStatus, IndicatorDefinition } from './action.events';

/** What decisions on an action need; the read model keeps its own, richer shape. */
export type ActionState =
  | { status: 'none' }
  | (ActionDetails & {
      status: Exclude<ActionStatus, 'none'>;
      actionId: string;
      planId: string;
      number: string;
      recommendationIds: string[];
      indicators: IndicatorDefinition[];
      /** On the public portal; false until published. */
      published: boolean;
    });

export const initialActionState: ActionState = { status: 'none' };
