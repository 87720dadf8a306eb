import { loadConfig } from '@app/config';
import type { Command } from 'commander';
import { loadDemo, type DemoSummary } from '../demo/demo-loader';
import { withStore } from '../with-store';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the demo: two plans, the illustrative UN Country Team suggestions and a UPR Info-style sample imported as admin, then further steps; loads what is missing, skips what exists',
    )
    .action(() => {
      const config = loadConfig();
      return withStore(config, async (store) => {
        const summary = await loadDemo(store, { dataDir: config.dataDir });
        for (const line of describeDemo(summary)) console.log(line);
      });
    });
}

/** What the demo loaded and what it found already there, one line each. */
export function describeDemo(summary: DemoSummary): string[] {
  const { plans, steps } = summary;
  return [
    `Plans: ${plans.registered} registered, ${plans.existing} already there.`,
    ...summary.imports.map(({ file, profile, rows, recommendations: r, positions: p, errors }) =>
      [
        `Imported ${file} (${profile}): ${rows} rows;`,
        `recommendations ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed} failed;`,
        `positions ${p.recorded} recorded, ${p.deferred} deferred, ${p.skipped} skipped;`,
        `${errors.length} row errors.`,
      ].join(' '),
    ),
    `Further steps: ${steps.done} taken, ${steps.existing} already taken.`,
    ...summary.skipped.map((what) => `Skipped ${what}.`),
  ];
}
