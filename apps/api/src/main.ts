import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { UsersFileError, ensureUsersFile, readUsersFile } from '@app/users';
import { createApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfig();
  const users = await ensureUsersFile(config.usersFile);
  if (users.created) {
    // The plain token is stored nowhere: this is the only time anyone sees it.
    console.log(
      [
        `Created the users file ${config.usersFile} with one admin user, id "${users.user.id}".`,
        `Its bearer token is shown only this once; keep it safe:`,
        ``,
        `  ${users.token}`,
        ``,
        `Add more users with: cli users add --id ID --name NAME --role ROLE`,
      ].join('\n'),
    );
  }
  // Checked here so a bad users file stops the start with its problems named, not inside a Nest stack trace.
  readUsersFile(config.usersFile);
  const app = await createApp({ config });
  await app.listen(config.port, config.host);
  console.log(
    `Listening on http://${config.host}:${config.port} (store: ${config.eventStore}, data: ${config.dataDir})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof UsersFileError ? error.message : error);
  process.exit(1);
});
