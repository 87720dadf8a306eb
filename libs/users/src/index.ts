export * from './user-token';
export * from './users.errors';
export type { User, UserRecord, UsersFileContent } from './users-file.schema';
export { USER_ID_PATTERN, MAX_USER_NAME_LENGTH } from './users-file.schema';
export { readUsersFile } from './users-file.io';
export * from './ensure-users-file';
export * from './add-user';
export * from './user-directory';
export * from './token-file';
