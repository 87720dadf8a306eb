import { join } from 'node:path';
import { addUser } from '@app/users';

export interface BenchTokens {
  secretariat: string;
  auditor: string;
}

/** The users the probes act as, written to DATA_DIR's users file before the API starts. */
export async function addBenchUsers(dataDir: string): Promise<BenchTokens> {
  const file = join(dataDir, 'users.json');
  return {
    secretariat: await addUser(file, { id: 'bench-secretariat', name: 'Bench', roles: ['secretariat'] }),
    auditor: await addUser(file, { id: 'bench-auditor', name: 'Bench', roles: ['auditor'] }),
  };
}
