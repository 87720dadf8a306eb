import { loadConfig } from '@app/config';
import type { Command } from 'commander';
import { withStore } from '../with-store';

export function registerStoreCommands(program: Command): void {
  program
    .command('store-status')
    .description('Print which store is configured, whether it is reachable, and its head position')
    .action(() =>
      withStore(loadConfig(), async (store) => {
        const health = await store.health();
        console.log(JSON.stringify({ ...health, position: health.position.toString() }));
        if (!health.ok) process.exitCode = 2;
      }),
    );
}
