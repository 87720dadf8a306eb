import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { ConfigError, loadConfig } from '@app/config';
import { UsersFileError, ensureUsersFile, readUsersFile } from '@app/users';
import { createApp } from './app.factory';
import { handOverFirstAdmin } from './first-admin';
import { PortInUseError, assertPortFree, portErrorOf } from './port-probe';

async function main(): Promise<void> {
  const config = loadConfig();
  await assertPortFree(config.host, config.port);
  // 0700 when the server creates it: the log, the read models and the users file are nobody else's business.
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const users = await ensureUsersFile(config.usersFile);
  if (users.created) handOverFirstAdmin(config, users.user, users.token);
  // Checked here so a bad users file stops the start with its problems named, not inside a Nest stack trace.
  readUsersFile(config.usersFile);
  const app = await createApp({ config });
  await app.listen(config.port, config.host).catch((error: unknown) => {
    throw portErrorOf(error, config.host, config.port);
  });
  console.log(
    `Listening on http://${config.host}:${config.port} (store: ${config.eventStore}, data: ${config.dataDir})\n` +
      `The workspace: http://${config.host}:${config.port}/ (sign in with a user's token); the API: /docs`,
  );
}

const OPERATOR_ERRORS = [ConfigError, UsersFileError, PortInUseError];

main().catch((error: unknown) => {
  const known = OPERATOR_ERRORS.some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
