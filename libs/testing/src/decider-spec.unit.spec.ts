import type { Decider } from '@app/recommendations';
import { deciderSpec } from './decider-spec';

type Counted = { type: 'Counted'; data: { by: number } };
type Count = { type: 'count'; by: number };

class NegativeCountError extends Error {
  readonly code = 'COUNTER.NEGATIVE';
  constructor(readonly by: number) {
    super(`cannot count by ${by}`);
  }
}

const counter: Decider<Count, number, Counted> = {
  initialState: 0,
  decide: (command) => {
    if (command.by < 0) throw new NegativeCountError(command.by);
    return command.by === 0 ? [] : [{ type: 'Counted', data: { by: command.by } }];
  },
  evolve: (total, event) => total + event.data.by,
};

const spec = deciderSpec(counter);
const counted = (by: number): Counted => ({ type: 'Counted', data: { by } });

describe('deciderSpec', () => {
  it('folds the given events, decides, and returns the state after the new events', () => {
    expect(spec.given([counted(2), counted(3)]).state()).toBe(5);
    expect(
      spec
        .given([counted(2)])
        .when({ type: 'count', by: 4 })
        .then([counted(4)]),
    ).toBe(6);
  });

  it('fails when the decided events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'count', by: 4 })
        .then([counted(5)]),
    ).toThrow();
    expect(() =>
      spec
        .given([])
        .when({ type: 'count', by: 0 })
        .then([counted(0)]),
    ).toThrow();
  });

  it('passes thenThrows on the right class and fields, returning the error', () => {
    const error = spec.given([]).when({ type: 'count', by: -1 }).thenThrows(NegativeCountError, { by: -1 });

    expect(error.code).toBe('COUNTER.NEGATIVE');
  });

  it('fails thenThrows when nothing is thrown, the class differs, or a field differs', () => {
    expect(() => spec.given([]).when({ type: 'count', by: 1 }).thenThrows(NegativeCountError)).toThrow(
      'Expected NegativeCountError to be thrown, but decide returned [{"type":"Counted","data":{"by":1}}]',
    );
    expect(() => spec.given([]).when({ type: 'count', by: -1 }).thenThrows(TypeError)).toThrow();
    expect(() =>
      spec.given([]).when({ type: 'count', by: -1 }).thenThrows(NegativeCountError, { by: -2 }),
    ).toThrow();
  });
});
