import { loadConfig, systemClock } from '@app/config';
import type { ProjectionRuntime } from '@app/projections';
import {
  DEFAULT_CONSISTENCY_TIMEOUT_MS,
  PROJECTION_NAMES,
  ReadModels,
  SUMMARY_DIMENSIONS,
  SummarizeRecommendationsHandler,
  SummarizeRecommendationsQuery,
  parseSummaryDimensions,
  spreadsheetSafe,
  type SummaryDimensions,
} from '@app/recommendations';
import { stringify } from 'csv-stringify/sync';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { withProjections } from '../projections/with-projections';
import { registerDocumentCommand } from './document.commands';

interface SummaryOptions {
  by: SummaryDimensions;
  format: 'json' | 'csv';
  catchUp?: boolean;
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('Reports from the read models');

  report
    .command('summary')
    .description('Recommendation counts by one dimension or two, as GET /reports/summary answers them')
    .addOption(
      new Option(
        '--by <dimensions>',
        `what to count by: one of ${SUMMARY_DIMENSIONS.join(', ')}, or two separated by a comma`,
      )
        .argParser(dimensionsArgument)
        .makeOptionMandatory(),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--catch-up', 'apply the events not yet projected before counting')
    .action((options: SummaryOptions) =>
      withProjections(loadConfig(), async ({ runtime, db, store }) => {
        if (options.catchUp) await runtime.catchUp();
        else await warnIfBehind(runtime, await store.headPosition());
        const handler = new SummarizeRecommendationsHandler(
          new ReadModels(db, runtime, DEFAULT_CONSISTENCY_TIMEOUT_MS),
          systemClock,
        );
        const { value } = await handler.execute(new SummarizeRecommendationsQuery(options.by));
        if (options.format === 'json') return console.log(JSON.stringify(value, null, 2));
        // One dimension keeps its `key` column; two are named by their dimensions.
        const columns = typeof value.by === 'string' ? ['key'] : value.by;
        const rows = value.groups.map(({ key, count }) => [
          ...(typeof key === 'string' || key === null ? [key] : key).map(spreadsheetSafe),
          count,
        ]);
        process.stdout.write(stringify(rows, { header: true, columns: [...columns, 'count'] }));
      }),
    );
  registerDocumentCommand(report);
}

function dimensionsArgument(text: string): SummaryDimensions {
  const parsed = parseSummaryDimensions(text);
  if (!parsed.ok) throw new InvalidArgumentError(parsed.message);
  return parsed.value;
}

/** Counts from read models nobody keeps current would look complete; stderr says so, stdout stays parseable. */
async function warnIfBehind(runtime: ProjectionRuntime, head: bigint): Promise<void> {
  const position = runtime.position(PROJECTION_NAMES.recommendations);
  if (position >= head) return;
  console.error(
    `Warning: the read models are at log position ${position}, the log at ${head}: these counts may miss events. ` +
      'Pass --catch-up, or keep the API (PROJECTIONS=inline) or `npm run projector` running.',
  );
}
