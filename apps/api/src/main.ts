import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { createApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config });
  await app.listen(config.port, config.host);
  console.log(
    `Listening on http://${config.host}:${config.port} (store: ${config.eventStore}, data: ${config.dataDir})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
