import { NestFactory } from '@nestjs/core';
import { createReadStream } from 'node:fs';
import { loadConfig, systemClock, type AppConfig } from '@app/config';
import { ImportFileError } from '@app/imports';
import type { Role } from '@app/recommendations';
import { readUsersFile } from '@app/users';
import type { Command } from 'commander';
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

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .argument('<file>', 'a CSV or XLSX file')
    .requiredOption('--profile <name>', 'upr-info, uhri or template')
    .option('--dry-run', 'report what the import would do, append nothing')
    .option('--as <userId>', 'import as this user of the users file (default: the operator, as admin)')
    .description(
      'Import recommendations from a file; the report is printed as JSON (exit 1: failed rows, 2: file refused)',
    )
    .action((file: string, options: { profile: string; dryRun?: boolean; as?: string }) => {
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
            profile: options.profile,
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
          if (!(error instanceof ImportFileError)) throw error;
          console.log(
            JSON.stringify({ code: error.code, detail: error.message, ...error.details() }, null, 2),
          );
          process.exitCode = 2;
        } finally {
          await app.close();
        }
      });
    });
}
