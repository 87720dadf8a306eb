import { Command } from 'commander';
import { registerAuditCommands } from './commands/audit.commands';
import { registerDemoCommands } from './commands/demo.commands';
import { registerImportCommands } from './commands/import.commands';
import { registerMigrateCommands } from './commands/migrate.commands';
import { registerProjectionsCommands } from './commands/projections.commands';
import { registerReportCommands } from './commands/report.commands';
import { registerStoreCommands } from './commands/store.commands';
import { registerUsersCommands } from './commands/users.commands';

/** The operator CLI; each command group registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command('cli')
    .description(
      'Operator commands for the recommendation follow-up engine (reads the same environment as the API)',
    )
    .showHelpAfterError();
  registerStoreCommands(program);
  registerDemoCommands(program);
  registerMigrateCommands(program);
  registerUsersCommands(program);
  registerAuditCommands(program);
  registerProjectionsCommands(program);
  registerReportCommands(program);
  registerImportCommands(program);
  return program;
}
