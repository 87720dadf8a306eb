import { deciderSpec } from '@app/testing';
import { ActionAlreadyExistsError, ActionInvalidTransitionError, ActionNotFoundError } from './action.errors';
import { actionDecider } from './action.decider';
import { ACTION_STATUSES, type ActionStatus } from './action.events';
import type { ActionCommandType } from './action.commands';
import { ACTION_ID, actionCommand, actionDecided, actionHistoryFor, historyTo } from './action.fixtures';
import { ACTION_LIFECYCLE } from './implementation.lifecycle';

const action = deciderSpec(actionDecider);
const ROWS = (Object.keys(ACTION_LIFECYCLE) as ActionCommandType[]).map((command) => ({
  command,
  ...ACTION_LIFECYCLE[command],
}));
const EXISTING = ACTION_STATUSES.filter((status) => status !== 'none');

describe.each(ROWS)('action lifecycle row $command', (row) => {
  it.each(row.from as readonly ActionStatus[])(
    `from %s: appends exactly ${row.eventType} and moves to ${row.to}`,
    (from) => {
      const after = action
        .given(actionHistoryFor(from, row.command))
        .when(actionCommand[row.command])
        .then([actionDecided[row.command]]);

      expect(actionDecided[row.command].type).toBe(row.eventType);
      expect(after.status).toBe(row.to === 'unchanged' ? from : row.to);
    },
  );

  const refusing = EXISTING.filter((status) => !(row.from as readonly string[]).includes(status));
  if (row.command === 'createAction') {
    it.each(refusing)('from %s: refuses to create the number again (409)', (status) => {
      action
        .given(historyTo[status])
        .when(actionCommand.createAction)
        .thenThrows(ActionAlreadyExistsError, { code: 'ACTION.ALREADY_EXISTS', number: '2.1.3' });
    });
    return;
  }
  if (refusing.length > 0)
    it.each(refusing)(`from %s: refuses ${row.command} naming the status and the command`, (status) => {
      const error = action
        .given(actionHistoryFor(status, row.command))
        .when(actionCommand[row.command])
        .thenThrows(ActionInvalidTransitionError, {
          code: 'ACTION.INVALID_TRANSITION',
          status,
          command: row.command,
        });

      expect(error.details()).toEqual({ actionStatus: status, command: row.command });
    });

  it(`on an action that does not exist: ${row.command} is NOT_FOUND`, () => {
    action
      .given([])
      .when(actionCommand[row.command])
      .thenThrows(ActionNotFoundError, { code: 'ACTION.NOT_FOUND', actionId: ACTION_ID });
  });
});

describe('the action refusal matrix', () => {
  it('allows exactly the (status, command) pairs of the table', () => {
    const allowed = ACTION_STATUSES.flatMap((status) =>
      ROWS.filter((row) => {
        try {
          actionDecider.decide(
            actionCommand[row.command],
            action.given(actionHistoryFor(status, row.command)).state(),
          );
          return true;
        } catch {
          return false;
        }
      }).map((row) => `${status}:${row.command}`),
    );

    expect(allowed.sort()).toEqual(
      ROWS.flatMap((row) => (row.from as readonly string[]).map((from) => `${from}:${row.command}`)).sort(),
    );
  });
});
