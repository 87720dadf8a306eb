import type { Decider } from '../decider';
import { UnexpectedEventError } from '../domain.errors';
import { jsonEqual, withoutUndefined } from '../plain-json.util';
import { InstitutionAlreadyExistsError, InstitutionNotFoundError } from './action.errors';
import type { InstitutionCommand, UpdateInstitution } from './institution.commands';
import type { InstitutionEvent, InstitutionUpdated } from './institution.events';
import { initialInstitutionState, type InstitutionState } from './institution.state';
import { INSTITUTION_LIFECYCLE } from './implementation.lifecycle';

type Registered = Extract<InstitutionState, { status: 'registered' }>;

/** The table's `from`: registering twice is a conflict, updating what was never registered is not found. */
function stateAllowing(command: InstitutionCommand, state: InstitutionState): InstitutionState {
  const from: readonly string[] = INSTITUTION_LIFECYCLE[command.type].from;
  if (from.includes(state.status)) return state;
  if (state.status === 'none') throw new InstitutionNotFoundError(command.institutionId);
  throw new InstitutionAlreadyExistsError(command.institutionId);
}

/** Only the fields that change; nothing when none does. */
function changesOf(command: UpdateInstitution, current: Registered): InstitutionEvent[] {
  const changed = <K extends 'names' | 'kind' | 'abbreviation'>(field: K) =>
    command[field] === undefined || jsonEqual(command[field], current[field]) ? undefined : command[field];
  const data: InstitutionUpdated['data'] = withoutUndefined({
    names: changed('names'),
    kind: changed('kind'),
    abbreviation: changed('abbreviation'),
  });
  return Object.keys(data).length === 0 ? [] : [{ type: 'InstitutionUpdated', data }];
}

export function decideInstitution(command: InstitutionCommand, state: InstitutionState): InstitutionEvent[] {
  const current = stateAllowing(command, state);
  switch (command.type) {
    case 'registerInstitution': {
      const { institutionId, names, kind, abbreviation } = command;
      return [
        {
          type: 'InstitutionRegistered',
          data: withoutUndefined({ institutionId, names: withoutUndefined(names), kind, abbreviation }),
        },
      ];
    }
    case 'updateInstitution':
      return changesOf(command, current as Registered);
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

export function evolveInstitution(state: InstitutionState, event: InstitutionEvent): InstitutionState {
  switch (event.type) {
    case 'InstitutionRegistered':
      if (state.status !== 'none') throw new UnexpectedEventError(state.status, event.type);
      return { status: 'registered', ...event.data };
    case 'InstitutionUpdated':
      if (state.status !== 'registered') throw new UnexpectedEventError(state.status, event.type);
      return { ...state, ...event.data };
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const institutionDecider: Decider<InstitutionCommand, InstitutionState, InstitutionEvent> = {
  initialState: initialInstitutionState,
  decide: decideInstitution,
  evolve: evolveInstitution,
};
