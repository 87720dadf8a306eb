import { rmSync, writeFileSync } from 'node:fs';

/** Where the first start leaves the first admin's token, in `DATA_DIR`. */
export const ADMIN_TOKEN_FILE = 'admin-token.txt';

/** Writes a token only its owner can read; an older file is removed first, so its mode is never inherited. */
export function writeTokenFile(path: string, token: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
}
