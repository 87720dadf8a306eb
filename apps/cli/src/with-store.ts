import { storeSelection, type AppConfig } from '@app/config';

import { createEventStore, type EventStore } from '@app/event-store';

/** Opens the configured store for one command and always closes it. */
export async function withStore<T>(config: AppConfig, work: (store: EventStore) => Promise<T>): Promise<T> {
  const store = createEventStore(storeSelection(config));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
