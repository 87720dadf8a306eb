import { addUser } from '@app/users';
import { buildProgram } from '../apps/cli/src/program';
import { startApi, type ApiHarness } from './support/api-harness';

/** How long the running API may take to notice that the users file changed. */
const NOTICE_WITHIN_MS = 3000;

describe('users rotate, disable and remove take effect on a running server, without a restart', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // Polling with a token the server has not loaded yet counts as failed sign-ins; those limits have their own test.
    api = await startApi({ AUTH_FAILURES_PER_ADDRESS: '0', AUTH_FAILURES_PER_TOKEN: '0' });
  });
  afterAll(() => api.close());

  /** Runs the operator CLI on the server's DATA_DIR, in this process, and answers what it printed on stdout. */
  async function cli(...args: string[]): Promise<string> {
    const savedEnv = process.env;
    process.env = { ...savedEnv, DATA_DIR: api.config.dataDir };
    const printed: string[] = [];
    const spies = [
      jest.spyOn(console, 'log').mockImplementation((line) => void printed.push(String(line))),
      jest.spyOn(console, 'error').mockImplementation(() => undefined),
    ];
    try {
      await buildProgram().parseAsync(['node', 'cli', ...args]);
      return printed.join('\n');
    } finally {
      for (const spy of spies) spy.mockRestore();
      process.env = savedEnv;
    }
  }

  const whoami = (token: string) => api.http().get('/whoami').set('Authorization', `Bearer ${token}`);

  async function statusWithin(token: string, expected: number): Promise<number> {
    const deadline = Date.now() + NOTICE_WITHIN_MS;
    for (;;) {
      const { status } = await whoami(token);
      if (status === expected || Date.now() > deadline) return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** A new user, signed in once the running API has seen them. */
  async function newUser(id: string): Promise<string> {
    const token = await addUser(api.config.usersFile, { id, name: id, roles: ['reporter'] });
    expect(await statusWithin(token, 200)).toBe(200);
    return token;
  }

  it('a rotated token gets 401 and the new one 200', async () => {
    const old = await newUser('rotated');
    const fresh = (await cli('users', 'rotate', 'rotated')).trim();
    expect(await statusWithin(old, 401)).toBe(401);
    const me = await whoami(fresh).expect(200);
    expect(me.body.id).toBe('rotated');
  });

  it('a disabled user gets 401 until enabled again', async () => {
    const token = await newUser('paused');
    await cli('users', 'disable', 'paused');
    expect(await statusWithin(token, 401)).toBe(401);
    await cli('users', 'enable', 'paused');
    expect(await statusWithin(token, 200)).toBe(200);
  });

  it('a removed user gets 401', async () => {
    const token = await newUser('gone');
    await cli('users', 'remove', 'gone');
    expect(await statusWithin(token, 401)).toBe(401);
  });
});
