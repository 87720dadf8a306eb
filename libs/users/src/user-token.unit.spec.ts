import { TOKEN_BYTES, generateToken, hashToken } from './user-token';

describe('user tokens', () => {
  it('are at least 32 random bytes, base64url so they fit a header unescaped', () => {
    const token = generateToken();
    expect(TOKEN_BYTES).toBeGreaterThanOrEqual(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(TOKEN_BYTES);
  });

  it('are never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
  });

  it('are stored as their hex SHA-256', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashToken(generateToken())).toMatch(/^[0-9a-f]{64}$/);
  });
});
