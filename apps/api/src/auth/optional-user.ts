import type { UserDirectory } from '@app/users';
import type { AuthenticatedUser } from './authenticated-user';

const BEARER = /^Bearer +([^\s]+) *$/i;

/** On a public route, the user a valid Bearer token names, or undefined: such a route never refuses a caller. */
export function optionalUser(
  header: string | undefined,
  users: UserDirectory,
): AuthenticatedUser | undefined {
  const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
  const user = token === undefined ? undefined : users.authenticate(token);
  return user && { id: user.id, roles: user.roles };
}
