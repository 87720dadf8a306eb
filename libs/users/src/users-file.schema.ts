import { ROLES, isRole, type Role } from '@app/recommendations';

/** Who someone is, as the API sees them; never carries the token or its hash. */
export interface User {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** The institution a `focal_point` reports for: required with that role, refused without it. */
  readonly institution?: string;
}

/** One entry of the users file (docs/api.md, Authentication and roles). */
export interface UserRecord extends User {
  readonly tokenSha256: string;
  /** A disabled user keeps their entry but signs in nowhere; absent means enabled. */
  readonly disabled?: boolean;
}

export interface UsersFileContent {
  readonly users: readonly UserRecord[];
}

export const USER_ID_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;
export const MAX_USER_NAME_LENGTH = 200;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
const USER_FIELDS: readonly string[] = ['id', 'name', 'roles', 'institution', 'tokenSha256', 'disabled'];
/** Institution ids as the institutions registry spells them. */
export const INSTITUTION_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems with the id, name and roles a user is given, each prefixed with `at`. */
export function identityProblems(id: unknown, name: unknown, roles: unknown, at: string): string[] {
  const problems: string[] = [];
  if (typeof id !== 'string' || !USER_ID_PATTERN.test(id)) {
    problems.push(`${at}id: must be 1-64 characters of letters, digits, ".", "_", "@" or "-"`);
  }
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_USER_NAME_LENGTH) {
    problems.push(`${at}name: must be a non-empty string of at most ${MAX_USER_NAME_LENGTH} characters`);
  }
  if (!Array.isArray(roles) || roles.length === 0) {
    problems.push(`${at}roles: must be a non-empty list of roles (${ROLES.join(', ')})`);
    return problems;
  }
  roles.forEach((role: unknown, index) => {
    if (typeof role !== 'string' || !isRole(role)) {
      problems.push(`${at}roles: unknown role ${JSON.stringify(role)} (roles are ${ROLES.join(', ')})`);
    } else if (roles.indexOf(role) !== index) {
      problems.push(`${at}roles: ${JSON.stringify(role)} is listed twice`);
    }
  });
  return problems;
}

/** A focal point acts for exactly one institution; nobody else is tied to one, so no other role can be narrowed. */
export function institutionProblems(roles: unknown, institution: unknown, at: string): string[] {
  const focalPoint = Array.isArray(roles) && roles.includes('focal_point');
  if (institution === undefined) {
    return focalPoint ? [`${at}institution: a focal_point must name the institution they report for`] : [];
  }
  if (!focalPoint) return [`${at}institution: only a focal_point is tied to an institution`];
  return typeof institution === 'string' && INSTITUTION_ID_PATTERN.test(institution)
    ? []
    : [`${at}institution: must be an institution id, 1-64 letters, digits, ".", "_" or "-"`];
}

function recordProblems(candidate: unknown, at: string): string[] {
  if (!isObject(candidate)) return [`${at.slice(0, -1)}: must be an object`];
  const unknown = Object.keys(candidate).filter((key) => !USER_FIELDS.includes(key));
  const problems = unknown.map((key) => `${at}${key}: unknown field (fields are ${USER_FIELDS.join(', ')})`);
  problems.push(...identityProblems(candidate.id, candidate.name, candidate.roles, at));
  problems.push(...institutionProblems(candidate.roles, candidate.institution, at));
  if (typeof candidate.tokenSha256 !== 'string' || !SHA256_HEX.test(candidate.tokenSha256)) {
    problems.push(`${at}tokenSha256: must be the 64-character hex SHA-256 of the user's token`);
  }
  if (candidate.disabled !== undefined && typeof candidate.disabled !== 'boolean') {
    problems.push(`${at}disabled: must be true or false`);
  }
  return problems;
}

function duplicateProblems(users: readonly UserRecord[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const hashes = new Set<string>();
  users.forEach((user, index) => {
    if (ids.has(user.id)) problems.push(`users[${index}].id: ${JSON.stringify(user.id)} appears twice`);
    if (hashes.has(user.tokenSha256)) {
      problems.push(`users[${index}].tokenSha256: the same token is given to two users`);
    }
    ids.add(user.id);
    hashes.add(user.tokenSha256);
  });
  return problems;
}

/** Validates parsed JSON as a users file; returns the content or every problem found. */
export function validateUsersFile(parsed: unknown): UsersFileContent | { problems: string[] } {
  if (!isObject(parsed) || !Array.isArray(parsed.users)) {
    return { problems: ['must be a JSON object with a "users" list: { "users": [ ... ] }'] };
  }
  const list: unknown[] = parsed.users;
  const problems = list.flatMap((candidate, index) => recordProblems(candidate, `users[${index}].`));
  if (problems.length > 0) return { problems };
  const users = list.map((candidate) => {
    const record = candidate as UserRecord;
    return { ...record, tokenSha256: record.tokenSha256.toLowerCase() };
  });
  const duplicates = duplicateProblems(users);
  return duplicates.length > 0 ? { problems: duplicates } : { users };
}
