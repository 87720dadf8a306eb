import { loadConfig } from '@app/config';
import type { RebuildResult } from '@app/projections';
import type { Command } from 'commander';
import { rebuildProgressBar } from '../projections/rebuild-progress';
import { withProjections } from '../projections/with-projections';

/** Resolves on SIGINT or SIGTERM; until then a timer keeps the process alive while the log is quiet. */
const untilStopped = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const keepAlive = setInterval(() => undefined, 60_000);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        clearInterval(keepAlive);
        resolve(signal);
      });
    }
  });

const resultView = (result: RebuildResult) => ({ ...result, position: result.position.toString() });

/** Positions and revisions print as decimal strings, as the API writes them. */
const asJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item), 2);

export function registerProjectionsCommands(program: Command): void {
  const projections = program
    .command('projections')
    .description('Run, inspect and rebuild the read models (in $DATA_DIR/read-models.db)');

  projections
    .command('status')
    .description(
      'Print each projection as JSON: position, lag, state and parked events (as GET /projections); exit 2 when one failed or parked an event',
    )
    .action(() =>
      withProjections(loadConfig(), async ({ runtime }) => {
        const statuses = await runtime.status();
        console.log(asJson(statuses));
        if (statuses.some((s) => s.state === 'failed' || s.parked > 0)) process.exitCode = 2;
      }),
    );

  projections
    .command('retry')
    .argument('<name>', 'the projection whose parked events to re-apply')
    .description(
      'Re-apply the parked events of a projection, oldest first, once the cause is fixed; exit 2 when some stay parked',
    )
    .action((name: string) =>
      withProjections(loadConfig(), async ({ runtime }) => {
        const result = await runtime.retry(name);
        console.log(JSON.stringify(result));
        if (result.parked > 0) process.exitCode = 2;
      }),
    );

  projections
    .command('run')
    .description(
      'Keep the read models current until SIGINT or SIGTERM: the projector, for an API run with PROJECTIONS=off',
    )
    .action(() =>
      withProjections(
        loadConfig(),
        async ({ runtime, db }) => {
          runtime.start();
          console.log(`Projector running ${runtime.names.join(', ')} into ${db.file}`);
          console.log(`Stopped by ${await untilStopped()}`);
        },
        { verbose: true },
      ),
    );

  projections
    .command('rebuild')
    .argument('[name]', 'one projection; all of them when left out')
    .description(
      'Rebuild from position 0 into shadow tables and swap them in; readers keep the old ones meanwhile',
    )
    .action((name: string | undefined) =>
      withProjections(loadConfig(), async ({ runtime }) => {
        for (const projection of name === undefined ? runtime.names : [name]) {
          const bar = rebuildProgressBar(projection);
          let result: RebuildResult;
          try {
            result = await runtime.rebuild(projection, { onProgress: (progress) => bar.update(progress) });
          } finally {
            bar.stop();
          }
          console.log(JSON.stringify(resultView(result)));
        }
      }),
    );
}
