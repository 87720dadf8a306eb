import { loadConfig } from '@app/config';
import type { Command } from 'commander';
import { loadDemo } from '../demo/demo-loader';
import { withStore } from '../with-store';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the demo scenario (plans and recommendations at every stage) through the command bus; loads what is missing, skips what exists',
    )
    .action(() =>
      withStore(loadConfig(), async (store) => {
        const summary = await loadDemo(store);
        console.log(
          `Demo loaded: ${summary.plans} plans, ${summary.recommendations} recommendations, ${summary.commands} commands.`,
        );
        for (const what of summary.skipped) console.log(`Skipped ${what}.`);
      }),
    );
}
