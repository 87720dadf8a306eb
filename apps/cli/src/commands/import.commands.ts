import { NestFactory } from '@nestjs/core';
import { createReadStream } from 'node:fs';
import { loadConfig, systemClock, type AppConfig } from '@app/config';
import { ImportFileError } from '@app/imports';
import type { Role } from '@app/recommendations';
import { readUsersFile } from '@app/users';
import type { Command } from 'commander';
import { ActionImportOutsideHttpModule } from '../../../api/src/imports/actions/action-import-outside-http.module';
import { ActionImportService } from '../../../api/src/imports/actions/action-import.service';
import { ImportOutsideHttpModule } from '../../../api/src/imports/import-outside-http.module';
import { ImportService } from '../../../api/src/imports/import.service';
import { progressBar } from '../audit/progress-bar';
import { withStore } from '../with-store';

/** The operator at the shell acts as admin unless --as names a user of the users file. */
function actorOf(config: AppConfig, userId: string | undefined): { id: string; roles: readonly Role[] } {
  if (userId === undefined) return { id: 'cli', roles: ['admin'] };
  const user = readUsersFile(config.usersFile).users.find((u) => u.id === userId && u.disabled !== true);
  if (!user) throw new Error(`No active user ${userId} in ${config.usersFile}`);
  return { id: user.id, roles: user.roles };
}

/** A refused file prints its problem and exits 2; anything else is not the file's fault. */
function printFileProblem(error: unknown): void {
  if (!(error instanceof ImportFileError)) throw error;
  console.log(JSON.stringify({ code: error.code, detail: error.message, ...error.details() }, null, 2));
  process.exitCode = 2;
}

export function registerImportCommands(program: Command): void {
  const importCommand: Command = program
    .command('import')
    .argument('<file>', 'a CSV or XLSX file')
    .option('--profile <name>', 'upr-info, uhri or template (required)')
    .option('--dry-run', 'report what the import would do, append nothing')
    .option('--as <userId>', 'import as this user of the users file (default: the operator, as admin)')
    .description(
      'Import recommendations from a file; the report is printed as JSON (exit 1: failed rows, 2: file refused)',
    )
    .action((file: string, options: { profile?: string; dryRun?: boolean; as?: string }) => {
      // Not a required option: commander would then require it of `import actions` too.
      if (options.profile === undefined)
        importCommand.error("error: required option '--profile <name>' not specified");
      const profile = options.profile;
      const config = loadConfig();
      return withStore(config, async (store) => {
        const app = await NestFactory.createApplicationContext(
          ImportOutsideHttpModule.forRoot(config, store, systemClock),
          {
            logger: false,
          },
        );
        let bar: ReturnType<typeof progressBar> | undefined;
        try {
          const report = await app.get(ImportService).run({
            stream: createReadStream(file),
            profile,
            dryRun: options.dryRun === true,
            actor: actorOf(config, options.as),
            onProgress: (done, total) => {
              bar ??= progressBar('Importing', total);
              bar.update(done, done);
            },
          });
          bar?.stop(report.recommendations.created + report.recommendations.updated);
          console.log(JSON.stringify(report, null, 2));
          process.exitCode = report.errors.length > 0 ? 1 : 0;
        } catch (error) {
          bar?.stop(0);
          printFileProblem(error);
        } finally {
          await app.close();
        }
      });
    });
  registerActionImportCommand(importCommand);
}

/** `import actions --plan ID FILE`: a plan's results matrix, a dry run unless --commit. */
function registerActionImportCommand(importCommand: Command): void {
  importCommand
    .command('actions')
    .argument('<file>', "a plan's results matrix, CSV or XLSX")
    .requiredOption('--plan <id>', 'the plan the actions belong to')
    .option('--commit', 'create the actions, links and indicators (default: a dry run)')
    .option('--as <userId>', 'import as this user of the users file (default: the operator, as admin)')
    .description(
      "Import a plan's actions; the report is printed as JSON (exit 1: rows or actions failed, 2: file refused)",
    )
    .action((file: string, options: { plan: string; commit?: boolean; as?: string }) => {
      const config = loadConfig();
      return withStore(config, async (store) => {
        const app = await NestFactory.createApplicationContext(
          ActionImportOutsideHttpModule.forRoot(store, systemClock),
          { logger: false },
        );
        try {
          const report = await app.get(ActionImportService).run({
            planId: options.plan,
            stream: createReadStream(file),
            dryRun: options.commit !== true,
            actor: actorOf(config, options.as),
          });
          console.log(JSON.stringify(report, null, 2));
          process.exitCode = report.errors.length + report.counts.failed > 0 ? 1 : 0;
        } catch (error) {
          printFileProblem(error);
        } finally {
          await app.close();
        }
      });
    });
}
