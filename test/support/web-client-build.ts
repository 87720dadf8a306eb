import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Jest's global setup for the e2e project: the workspace's browser scripts, compiled as `npm run build` does. */
export default function compileWebClient(): void {
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.web-client.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
