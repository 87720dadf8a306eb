import { writeFile } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig, systemClock } from '@app/config';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_GROUPINGS,
  DOCUMENT_KINDS,
  buildDocumentInThread,
  formatFor,
  type DocumentFormat,
  type DocumentGrouping,
  type DocumentKind,
  type Progress,
} from '@app/documents';
import {
  DEFAULT_CONSISTENCY_TIMEOUT_MS,
  DOCUMENT_LANGUAGES,
  DocumentSnapshotHandler,
  DocumentSnapshotQuery,
  MECHANISM_KINDS,
  ReadModels,
  themeFor,
  type DocumentLanguage,
  type MechanismKind,
  type RecommendationFilters,
} from '@app/recommendations';
import { withProjections } from '../projections/with-projections';

interface DocumentOptions {
  format?: DocumentFormat;
  language: DocumentLanguage;
  groupBy: DocumentGrouping;
  out: string;
  catchUp?: boolean;
  mechanism?: MechanismKind[];
  cycle?: number;
  theme?: string;
  plan?: string;
  institution?: string;
  party?: string;
  references?: string[];
}

/** Fewer recommendations than this build in a blink; a bar would only flicker. */
const BAR_FROM = 500;

const list = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function mechanisms(text: string): MechanismKind[] {
  const kinds = list(text);
  const unknown = kinds.find((kind) => !(MECHANISM_KINDS as readonly string[]).includes(kind));
  if (unknown !== undefined)
    throw new InvalidArgumentError(`one of ${MECHANISM_KINDS.join(', ')}, comma-separated`);
  return kinds as MechanismKind[];
}

function cycle(text: string): number {
  if (!/^\d{1,3}$/.test(text)) throw new InvalidArgumentError('a UPR cycle number, like 3');
  return Number(text);
}

const filtersOf = (options: DocumentOptions): RecommendationFilters =>
  Object.fromEntries(
    Object.entries({
      mechanism: options.mechanism,
      cycle: options.cycle,
      theme: options.theme === undefined ? undefined : (themeFor(options.theme) ?? options.theme),
      planId: options.plan,
      institution: options.institution,
      party: options.party,
    }).filter(([, value]) => value !== undefined),
  );

/** A bar on stderr for a large document, none for a small one; stdout stays empty, the file is the answer. */
function progressFor(total: number): { progress: Progress; stop: () => void } {
  if (total < BAR_FROM) return { progress: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { stream: process.stderr, format: 'Building [{bar}] {value}/{total} recommendations', hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { progress: (done) => bar.update(done), stop: () => bar.stop() };
}

export function registerDocumentCommand(report: Command): void {
  report
    .command('document')
    .description(
      'A document for the UN mechanisms, as GET /reports/documents/:kind gives it, written to a file',
    )
    .argument('<kind>', `one of ${DOCUMENT_KINDS.join(', ')}`, (kind: string) => {
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind))
        throw new InvalidArgumentError(`one of ${DOCUMENT_KINDS.join(', ')}`);
      return kind as DocumentKind;
    })
    .addOption(new Option('--format <format>', 'docx or xlsx (the matrix only)').choices(DOCUMENT_FORMATS))
    .addOption(
      new Option('--language <language>', 'the document language').choices(DOCUMENT_LANGUAGES).default('en'),
    )
    .addOption(new Option('--group-by <grouping>', 'clusters').choices(DOCUMENT_GROUPINGS).default('theme'))
    .requiredOption('--out <file>', 'where to write the document')
    .option('--catch-up', 'apply the events not yet projected before reading')
    .option('--mechanism <kinds>', 'only these mechanisms, comma-separated', mechanisms)
    .option('--cycle <cycle>', 'only this UPR cycle', cycle)
    .option('--theme <theme>', 'only this theme (id or name)')
    .option('--plan <planId>', 'only recommendations reflected in this plan')
    .option('--institution <id>', 'only those linked to an action this institution leads or supports')
    .option('--party <party>', 'only those a recommending party made')
    .option('--references <list>', 'only these references, comma-separated (the follow-up selection)', list)
    .action((kind: DocumentKind, options: DocumentOptions) =>
      withProjections(loadConfig(), async ({ runtime, db }) => {
        const format = formatFor(kind, options.format);
        if (options.catchUp) await runtime.catchUp();
        const handler = new DocumentSnapshotHandler(
          new ReadModels(db, runtime, DEFAULT_CONSISTENCY_TIMEOUT_MS),
          systemClock,
        );
        const selection = { filters: filtersOf(options), references: options.references };
        const { value: snapshot } = await handler.execute(
          new DocumentSnapshotQuery(selection, options.language),
        );
        const bar = progressFor(snapshot.recommendations.length);
        const bytes = await buildDocumentInThread(
          { kind, format, groupBy: options.groupBy, snapshot },
          bar.progress,
        );
        bar.stop();
        await writeFile(options.out, bytes);
        console.error(
          `Wrote ${options.out}: ${snapshot.recommendations.length} recommendations at log position ${snapshot.position}`,
        );
      }),
    );
}
