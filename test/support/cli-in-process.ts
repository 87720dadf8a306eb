import { CommanderError, type Command } from 'commander';
import { buildProgram } from '../../apps/cli/src/program';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (a child process costs seconds), capturing its output and exit code. */
export async function cliInProcess(env: Record<string, string>, ...args: string[]): Promise<CliOutcome> {
  const savedEnv = process.env;
  process.env = { ...savedEnv, ...env };
  const stdout: string[] = [];
  const stderr: string[] = [];
  const spies = [
    jest.spyOn(console, 'log').mockImplementation((...parts) => void stdout.push(`${parts.join(' ')}\n`)),
    jest.spyOn(console, 'error').mockImplementation((...parts) => void stderr.push(`${parts.join(' ')}\n`)),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0),
  ];
  let code = 0;
  // A usage error makes commander exit the process; here it throws instead, its message kept as the CLI prints it.
  const throwInsteadOfExit = (command: Command): void => {
    command.exitOverride();
    command.configureOutput({ writeOut: (text) => stdout.push(text), writeErr: (text) => stderr.push(text) });
    command.commands.forEach(throwInsteadOfExit);
  };
  try {
    const program = buildProgram();
    throwInsteadOfExit(program);
    await program.parseAsync(['node', 'cli', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else {
      stderr.push((error as Error).message);
      code = 1;
    }
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.exitCode = undefined;
    process.env = savedEnv;
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
