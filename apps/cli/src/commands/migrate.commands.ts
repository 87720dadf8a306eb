import { loadConfig } from '@app/config';
import { EventStoreDbEventStore, SqliteEventStore, EMBEDDED_STORE_FILE } from '@app/event-store';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { join } from 'node:path';
import { MigrationCheckpoint } from '../migrate/migration-checkpoint';
import { migrateEvents } from '../migrate/migrate-events';

export function registerMigrateCommands(program: Command): void {
  program
    .command('migrate')
    .description(
      'Copy every event from the embedded store (DATA_DIR) to EventStoreDB, in global order; rerun to resume',
    )
    .requiredOption(
      '--to <connection string>',
      'EventStoreDB connection string, e.g. esdb://localhost:2113?tls=false',
    )
    .action(async ({ to }: { to: string }) => {
      const config = loadConfig();
      const source = new SqliteEventStore({ file: join(config.dataDir, EMBEDDED_STORE_FILE) });
      const target = new EventStoreDbEventStore({ connectionString: to });
      const checkpoint = new MigrationCheckpoint(config.dataDir, to);
      const interrupted = new AbortController();
      process.once('SIGINT', () => interrupted.abort());
      const bar = new SingleBar(
        { format: 'migrate [{bar}] {value}/{total} positions | {copied} events', stream: process.stderr },
        Presets.shades_classic,
      );
      try {
        const from = checkpoint.read();
        bar.start(Number(await source.headPosition()), Number(from), { copied: 0 });
        const result = await migrateEvents({
          source,
          target,
          fromPosition: from,
          signal: interrupted.signal,
          onBatch: (progress) => {
            checkpoint.write(progress.position);
            bar.update(Number(progress.position), { copied: progress.copied });
          },
        });
        bar.stop();
        const state = interrupted.signal.aborted ? 'interrupted; run again to resume' : 'complete';
        console.log(
          JSON.stringify({
            state,
            copied: result.copied,
            position: result.position.toString(),
            checkpoint: checkpoint.file,
          }),
        );
        if (interrupted.signal.aborted) process.exitCode = 130;
      } finally {
        bar.stop();
        await Promise.all([source.close(), target.close()]);
      }
    });
}
