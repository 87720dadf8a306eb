import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';

type StoreConfig = Pick<AppConfig, 'dataDir' | 'eventStore' | 'eventStoreConnectionString'>;

/**
 * One directory per event store, since each store's log names its own files: `sqlite` for the embedded store in
 * DATA_DIR, `eventstoredb-<hash of the connection string>` for a server (the string may hold credentials).
 */
export function evidenceStoreId(config: StoreConfig): string {
  if (config.eventStore === 'sqlite') return 'sqlite';
  const digest = createHash('sha256')
    .update(config.eventStoreConnectionString ?? '')
    .digest('hex');
  return `eventstoredb-${digest.slice(0, 16)}`;
}

/** `<DATA_DIR>/evidence/<store-id>`: what a backup must copy beside the store. */
export const evidenceDirectory = (config: StoreConfig): string =>
  join(config.dataDir, 'evidence', evidenceStoreId(config));
