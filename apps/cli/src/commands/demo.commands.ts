import { loadConfig } from '@app/config';
import type { Command } from 'commander';
import { loadDemo, type DemoSummary } from '../demo/demo-loader';
import { withStore } from '../with-store';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description(
      "Load the demo: two plans, the institutions and the NHRAP's actions, the illustrative UN Country Team suggestions and a UPR Info-style sample imported as admin, then further steps and focal points' progress reports; loads what is missing, skips what exists",
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
  const { plans, institutions, steps, implementation } = summary;
  return [
    `Plans: ${plans.registered} registered, ${plans.existing} already there.`,
    `Institutions: ${institutions.registered} registered, ${institutions.existing} already there.`,
    ...summary.imports.map(({ file, profile, rows, recommendations: r, positions: p, errors }) =>
      [
        `Imported ${file} (${profile}): ${rows} rows;`,
        `recommendations ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed} failed;`,
        `positions ${p.recorded} recorded, ${p.deferred} deferred, ${p.skipped} skipped;`,
        `${errors.length} row errors.`,
      ].join(' '),
    ),
    `Further steps: ${steps.done} taken, ${steps.existing} already taken.`,
    `Plan actions, indicators, links and progress reports: ${implementation.done} recorded, ${implementation.existing} already there.`,
    ...summary.skipped.map((what) => `Skipped ${what}.`),
    ...FOCAL_POINT_HINT,
  ];
}

/** The demo adds no users: how to sign in as the focal point whose reports it loaded. */
const FOCAL_POINT_HINT = [
  "To see a focal point's inbox, add one for the Ministry of Justice and sign in to the workspace with the token:",
  '  npm run -s cli -- users add --id merjen --name "Merjen A." --role focal_point --institution ministry-of-justice',
];
