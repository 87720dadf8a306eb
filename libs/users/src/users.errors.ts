/** The users file is missing, unreadable or invalid; the message names the file and every problem. */
export class UsersFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`Users file ${path} cannot be used:\n  - ${problems.join('\n  - ')}`);
    this.name = 'UsersFileError';
  }
}

/** A user that may not be added as asked (duplicate id, unknown role, bad field); nothing was written. */
export class InvalidUserError extends Error {
  constructor(
    readonly userId: string,
    readonly problems: readonly string[],
  ) {
    super(`Cannot add user ${JSON.stringify(userId)}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidUserError';
  }
}

/** A change to an existing user that is refused (unknown id, the last enabled admin); nothing was written. */
export class UserChangeRefusedError extends Error {
  constructor(
    readonly userId: string,
    readonly reason: string,
  ) {
    super(`Cannot change user ${JSON.stringify(userId)}: ${reason}`);
    this.name = 'UserChangeRefusedError';
  }
}
