import { loadConfig } from '@app/config';
import { ROLES, isRole } from '@app/recommendations';
import { existsSync } from 'node:fs';
import {
  addUser,
  readUsersFile,
  removeUser,
  rotateToken,
  setUserDisabled,
  setUserInstitution,
} from '@app/users';
import { InvalidArgumentError, Option, type Command } from 'commander';

/** `--role` may be repeated or comma-separated; every value must be a known role. */
function collectRoles(value: string, previous: string[] | undefined): string[] {
  const roles = value
    .split(',')
    .map((role) => role.trim())
    .filter((role) => role !== '');
  const unknown = roles.filter((role) => !isRole(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown role ${JSON.stringify(unknown[0] ?? value)}; roles are ${ROLES.join(', ')}`,
    );
  }
  return [...(previous ?? []), ...roles];
}

export function registerUsersCommands(program: Command): void {
  const users = program
    .command('users')
    .description('Manage who may call the API (the users file; only token hashes are stored)');

  users
    .command('add')
    .description('Add a user and print its new bearer token (shown only this once)')
    .requiredOption('--id <id>', 'user id, recorded as the actor of every event the user causes')
    .requiredOption('--name <name>', 'display name')
    .addOption(
      new Option('--role <role>', `role, repeatable or comma-separated (${ROLES.join(', ')})`)
        .argParser(collectRoles)
        .makeOptionMandatory(),
    )
    .option('--institution <id>', 'the institution a focal_point reports for (required with that role only)')
    .action(async (options: { id: string; name: string; role: string[]; institution?: string }) => {
      const { usersFile } = loadConfig();
      const roles = [...new Set(options.role)];
      const { id, name, institution } = options;
      const token = await addUser(usersFile, { id, name, roles, institution });
      console.error(
        `Added user ${options.id.trim()} (${roles.join(', ')}) to ${usersFile}. Its token, shown only once:`,
      );
      console.log(token);
    });

  users
    .command('list')
    .description('List users: ids, names and roles (never tokens or their hashes)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const { usersFile } = loadConfig();
      const { users } = existsSync(usersFile) ? readUsersFile(usersFile) : { users: [] };
      const listed = users.map(({ id, name, roles, institution, disabled }) => ({
        id,
        name,
        roles,
        ...(institution === undefined ? {} : { institution }),
        ...(disabled ? { disabled } : {}),
      }));
      if (options.json) {
        console.log(JSON.stringify(listed, null, 2));
        return;
      }
      if (listed.length === 0) console.error(`No users in ${usersFile}`);
      for (const user of listed) {
        const state = 'disabled' in user ? '\tdisabled' : '';
        const institution = user.institution === undefined ? '' : `\t@${user.institution}`;
        console.log(`${user.id}\t${user.name}\t${user.roles.join(',')}${institution}${state}`);
      }
    });

  users
    .command('rotate <id>')
    .description('Give a user a new token and print it (shown only this once); the old one stops working')
    .action(async (id: string) => {
      const { usersFile } = loadConfig();
      const token = await rotateToken(usersFile, id);
      console.error(`New token for ${id} in ${usersFile}; the old one no longer works. Shown only once:`);
      console.log(token);
    });

  users
    .command('set-institution <id> <institution>')
    .description('Tie a focal_point to the institution they report for, or move them to another one')
    .action(async (id: string, institution: string) => {
      const { usersFile } = loadConfig();
      await setUserInstitution(usersFile, id, institution);
      console.error(`${id} now reports for ${institution.trim()} (${usersFile}).`);
    });

  users
    .command('disable <id>')
    .description('Stop a user from signing in, keeping their entry (refused for the last enabled admin)')
    .action(async (id: string) => {
      const { usersFile } = loadConfig();
      await setUserDisabled(usersFile, id, true);
      console.error(`Disabled ${id} in ${usersFile}; the running API refuses their token within a second.`);
    });

  users
    .command('enable <id>')
    .description('Let a disabled user sign in again, with the token they had')
    .action(async (id: string) => {
      const { usersFile } = loadConfig();
      await setUserDisabled(usersFile, id, false);
      console.error(`Enabled ${id} in ${usersFile}.`);
    });

  users
    .command('remove <id>')
    .description('Delete a user and their token hash (refused for the last enabled admin)')
    .action(async (id: string) => {
      const { usersFile } = loadConfig();
      await removeUser(usersFile, id);
      console.error(`Removed ${id} from ${usersFile}; the running API refuses their token within a second.`);
    });
}
