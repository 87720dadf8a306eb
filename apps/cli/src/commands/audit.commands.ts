import { loadConfig } from '@app/config';
import type { VerificationReport } from '@app/event-store';
import { EvidenceStore, evidenceDirectory, type VerificationWithEvidence } from '@app/evidence';
import { recommendationStream } from '@app/recommendations';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { exportTo } from '../audit/audit-export';
import { verifyFileWithProgress, verifyStoreWithProgress } from '../audit/audit-verify';
import { withStore } from '../with-store';

/** Exit code when verification found a break (1 stays "the command itself failed"). */
export const CHAIN_BROKEN_EXIT_CODE = 2;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function recommendationId(value: string): string {
  if (!UUID.test(value)) throw new InvalidArgumentError('a recommendation id is a UUID');
  return value.toLowerCase();
}

interface VerifyOptions {
  file?: string;
  stream?: string;
  id?: string;
}

interface ExportOptions {
  id?: string;
  all?: boolean;
  out?: string;
}

function printReport(report: VerificationReport | VerificationWithEvidence): void {
  console.log(JSON.stringify(report, null, 2));
  const failed = report.failures.length + report.failuresOmitted;
  console.error(
    `Checked ${report.eventsChecked} events in ${report.streamsChecked} streams: ${failed === 0 ? 'the chain is intact' : `${failed} breaks`}`,
  );
  if ('evidence' in report) {
    const { filesChecked, problems } = report.evidence;
    console.error(
      `Checked ${filesChecked} evidence files: ${problems.length === 0 ? 'all intact' : `${problems.length} missing or altered`}`,
    );
  }
  if (!report.ok) process.exitCode = CHAIN_BROKEN_EXIT_CODE;
}

/** The configured store's chains and the evidence files in its own directory under DATA_DIR. */
function verifyConfiguredStore(stream: string | undefined): Promise<VerificationWithEvidence> {
  const config = loadConfig();
  const evidence = new EvidenceStore({ directory: evidenceDirectory(config) });
  return withStore(config, (store) => verifyStoreWithProgress(store, evidence, stream));
}

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command('audit')
    .description('Prove the event log was not altered, and export it for auditors (docs/audit.md)');

  audit
    .command('verify')
    .description(
      `Recompute every hash and check every link, and re-hash the evidence files the log names (not with --file); ` +
        `prints a JSON report, exits ${CHAIN_BROKEN_EXIT_CODE} on any break or missing or altered file`,
    )
    .option('--file <export>', 'verify an export file offline, without opening the store')
    .addOption(new Option('--stream <name>', 'verify only this stream').conflicts('id'))
    .addOption(
      new Option('--id <id>', "verify only this recommendation's stream").argParser(recommendationId),
    )
    .action(async (options: VerifyOptions) => {
      const stream = options.id === undefined ? options.stream : recommendationStream(options.id);
      const report =
        options.file === undefined
          ? await verifyConfiguredStore(stream)
          : await verifyFileWithProgress(options.file, stream);
      if (stream !== undefined && report.streamsChecked === 0)
        throw new Error(`Stream ${stream} has no events`);
      printReport(report);
    });

  audit
    .command('export')
    .description('Write the event log as NDJSON (one stored event a line, with its hash chain)')
    .addOption(new Option('--id <id>', "export one recommendation's stream").argParser(recommendationId))
    .addOption(new Option('--all', 'export the whole log').conflicts('id'))
    .option('--out <file>', 'write to this new file instead of stdout')
    .action(async (options: ExportOptions) => {
      if (options.id === undefined && !options.all)
        throw new Error('Name what to export: --id <id> or --all');
      const stream = options.id === undefined ? undefined : recommendationStream(options.id);
      const summary = await withStore(loadConfig(), async (store) => {
        const known = stream === undefined || (await store.readStream(stream, { maxCount: 1 })).length > 0;
        if (!known) throw new Error(`Recommendation ${options.id} has no events`);
        return exportTo(store, options.out, stream);
      });
      console.error(
        `Exported ${summary.events} events of ${summary.streams} streams${options.out ? ` to ${options.out}` : ''}`,
      );
    });
}
