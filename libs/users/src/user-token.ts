import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness: unguessable, so an unsalted SHA-256 of it is a safe thing to store. */
export const TOKEN_BYTES = 32;

/** A new bearer token, base64url so it travels in a header unescaped. */
export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The hex SHA-256 the users file stores instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
