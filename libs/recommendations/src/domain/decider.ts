/** The shape every aggregate's decider shares; handlers and test helpers depend on this, not on one aggregate. */
export interface Decider<Command, State, Event> {
  readonly initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

export const fold = <Command, State, Event>(
  decider: Decider<Command, State, Event>,
  events: readonly Event[],
): State => events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
