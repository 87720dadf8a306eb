/** What the projection thread tells the API's main thread. */
export type ProjectionThreadMessage =
  | { kind: 'started' }
  | { kind: 'committed' }
  | { kind: 'log'; message: string }
  | { kind: 'error'; message: string };
