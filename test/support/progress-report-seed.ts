import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { INestApplication } from '@nestjs/common';
import {
  EventStreamRepository,
  actionIdOf,
  actionStream,
  evolveAction,
  initialActionState,
  type ActionEvent,
  type ActionState,
  type Decider,
  type IndicatorDefinition,
} from '@app/recommendations';
import { addUser } from '@app/users';
import type { ApiHarness } from './api-harness';

export const LEAD = 'ministry-of-justice';
export const SUPPORTING = 'ombudsperson';
export const OUTSIDER = 'ministry-of-health';

export interface SeededAction {
  planId: string;
  number: string;
  title: string;
  leadInstitutionId: string;
  supportingInstitutionIds: string[];
  indicators?: IndicatorDefinition[];
}

const actionFold: Decider<never, ActionState, ActionEvent> = {
  initialState: initialActionState,
  decide: () => [],
  evolve: evolveAction,
};

/** Appends an action's ActionCreated (and IndicatorDefined) events through the store, as its commands would. */
export async function seedAction(app: INestApplication, action: SeededAction): Promise<string> {
  const actionId = actionIdOf(action.planId, action.number);
  const { indicators = [], ...details } = action;
  const events: ActionEvent[] = [
    { type: 'ActionCreated', data: { ...details, actionId } },
    ...indicators.map((indicator): ActionEvent => ({ type: 'IndicatorDefined', data: indicator })),
  ];
  const id = randomUUID();
  const context = {
    actor: { id: 'secretariat-user', role: 'secretariat' as const },
    correlationId: id,
    causationId: id,
    commandId: id,
  };
  await app.get(EventStreamRepository).execute(actionStream(actionId), actionFold, () => events, context);
  return actionId;
}

/** The API re-reads the users file about once a second; each failed try counts against the token's rate limit. */
const USERS_RECHECK_MS = 1100;

/** Adds focal points (id and institution) and waits until the API, re-reading the users file, lets them all in. */
export async function addFocalPoints(
  api: ApiHarness,
  focalPoints: ReadonlyArray<[id: string, institution: string]>,
): Promise<string[]> {
  const tokens: string[] = [];
  for (const [id, institution] of focalPoints) {
    tokens.push(await addUser(api.config.usersFile, { id, name: id, roles: ['focal_point'], institution }));
  }
  for (const token of tokens) {
    for (let attempt = 1; ; attempt++) {
      await sleep(USERS_RECHECK_MS);
      const response = await api.http().get('/whoami').set('Authorization', `Bearer ${token}`);
      if (response.status === 200) break;
      if (attempt === 3) throw new Error(`a new focal point was never let in (${response.status})`);
    }
  }
  return tokens;
}
