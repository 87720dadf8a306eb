import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { ADMIN_TOKEN_FILE, writeTokenFile, type User } from '@app/users';

/**
 * Hands the first admin's token to whoever started the server: in a 0600 file, and on screen only when stdout is
 * a terminal, since a service's stdout usually ends up in a log that others read.
 */
export function handOverFirstAdmin(config: AppConfig, user: User, token: string): void {
  const file = join(config.dataDir, ADMIN_TOKEN_FILE);
  writeTokenFile(file, token);
  const lines = [
    `Created the users file ${config.usersFile} with one admin user, id "${user.id}".`,
    `Its bearer token is in ${file} (readable by this account only); keep it safe, then delete that file.`,
  ];
  if (process.stdout.isTTY) lines.push(`The token, shown only this once:`, ``, `  ${token}`, ``);
  lines.push(`Add more users with: npm run -s cli -- users add --id ID --name NAME --role ROLE`);
  console.log(lines.join('\n'));
}
