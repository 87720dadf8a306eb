import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { createApp } from '../../../apps/api/src/app.factory';

/** Longest an API started by the bench may live, whatever happens to the bench. */
const MAX_LIFETIME_MS = 15 * 60_000;

/**
 * The API as main.ts starts it, in a child the bench controls over IPC: 'stop' closes it and exits normally, so a
 * `--cpu-prof` profile is written; losing the parent or outliving MAX_LIFETIME_MS ends it too.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config });
  await app.listen(config.port, config.host);
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('message', (message) => message === 'stop' && void stop());
  process.on('disconnect', () => void stop());
  setTimeout(() => void stop(), MAX_LIFETIME_MS).unref();
  process.send?.('listening');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
