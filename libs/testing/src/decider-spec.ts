import { fold, type Decider } from '@app/recommendations';

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

export interface DeciderWhen<State, Event> {
  /** Asserts the exact events decided, and that evolve accepts them on top of the given history. */
  then(expected: readonly Event[]): State;
  /** Asserts decide throws this class, with these fields when given (e.g. `{ code, status, command }`). */
  thenThrows<E extends Error>(errorClass: ErrorClass<E>, fields?: Partial<E>): E;
}

export interface DeciderGiven<Command, State, Event> {
  when(command: Command): DeciderWhen<State, Event>;
  /** The state folded from the given events. */
  state(): State;
}

export interface DeciderSpec<Command, State, Event> {
  given(events: readonly Event[]): DeciderGiven<Command, State, Event>;
}

/** Given/when/then for deciders: `deciderSpec(d).given([proposed]).when(scheduleReview).then([reviewScheduled])`. */
export function deciderSpec<Command, State, Event>(
  decider: Decider<Command, State, Event>,
): DeciderSpec<Command, State, Event> {
  return {
    given: (history) => ({
      state: () => fold(decider, history),
      when: (command) => ({
        then(expected) {
          const state = fold(decider, history);
          const events = decider.decide(command, state);
          expect(events).toStrictEqual(expected);
          return events.reduce((current, event) => decider.evolve(current, event), state);
        },
        thenThrows(errorClass, fields) {
          const state = fold(decider, history);
          let events: Event[];
          try {
            events = decider.decide(command, state);
          } catch (error: unknown) {
            expect(error).toBeInstanceOf(errorClass);
            if (fields !== undefined) expect(error).toMatchObject(fields);
            return error as InstanceType<typeof errorClass>;
          }
          throw new Error(
            `Expected ${errorClass.name} to be thrown, but decide returned ${JSON.stringify(events)}`,
          );
        },
      }),
    }),
  };
}
