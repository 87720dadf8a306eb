import { Inject, Injectable, Optional } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, chainEvents, lastHash, type EventStore } from '@app/event-store';
import { readImportFile, type SheetRecord } from '@app/imports';
import {
  DEFAULT_CARRY_OVER_THRESHOLD,
  EventStreamRepository,
  RecommendationImporter,
  SuggestCarryOversQuery,
  deterministicUuid,
  mayRun,
  type ResponseMap,
  type Role,
} from '@app/recommendations';
import {
  IMPORT_COMPLETED,
  IMPORT_STREAM_PREFIX,
  MAX_REPORTED_ERRORS,
  type FailedRow,
  type ImportReport,
} from './import-report';
import { ImportReportStore } from './import-report.store';
import { ImportNotAllowedError } from './import.errors';
import { sourceGroupsOf } from './import-source-groups';
import { loadResponseMap } from './response-map.file';

export type ImportRequest = {
  /** The file as it arrives (request body, file stream). */
  stream: AsyncIterable<Buffer>;
  profile: string;
  dryRun: boolean;
  /** Token-set Jaccard similarity from which an earlier recommendation is suggested as carried over. */
  carryOverThreshold?: number;
  actor: { id: string; roles: readonly Role[] };
  correlationId?: string;
  onProgress?: (done: number, total: number) => void;
};

type RowError = ImportReport['errors'][number];

/** The import's entry point for the API and the CLI: read the file whole, then apply it, then store the report. */
@Injectable()
export class ImportService {
  private readonly responseMap: ResponseMap;

  constructor(
    private readonly importer: RecommendationImporter,
    private readonly reports: ImportReportStore,
    private readonly streams: EventStreamRepository,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) config: AppConfig,
    // The API's read models; the CLI's import has none, and answers no suggestions.
    @Optional() private readonly queries?: QueryBus,
  ) {
    this.responseMap = loadResponseMap(config.importResponseMapFile);
  }

  async run(request: ImportRequest): Promise<ImportReport> {
    if (!mayRun(request.actor.roles, 'propose')) throw new ImportNotAllowedError(request.actor.id);
    const spool = await mkdtemp(join(tmpdir(), 'import-'));
    try {
      return await this.readAndApply(request, join(spool, 'records.ndjson'));
    } finally {
      await rm(spool, { recursive: true, force: true });
    }
  }

  private async readAndApply(request: ImportRequest, spoolFile: string): Promise<ImportReport> {
    const hash = createHash('sha256');
    const fd = openSync(spoolFile, 'w', 0o600);
    // Every record goes to a spool file, so failed rows keep their original cells without holding the file in memory.
    const onRecord = (record: SheetRecord) => writeSync(fd, `${JSON.stringify(record)}\n`);
    let read;
    try {
      read = await readImportFile(hashing(request.stream, hash), {
        profile: request.profile,
        responseMap: this.responseMap,
        onRecord,
      });
    } finally {
      closeSync(fd);
    }
    const fileSha256 = hash.digest('hex');
    const importId = deterministicUuid('import', request.actor.id, fileSha256, read.profile);
    // Before applying, so the file's own new recommendations are not compared with themselves.
    const threshold = request.carryOverThreshold ?? DEFAULT_CARRY_OVER_THRESHOLD;
    const carryOverSuggestions = await this.queries?.execute(
      new SuggestCarryOversQuery(read.candidates, threshold),
    );
    const outcome = await this.importer.apply(read.candidates, {
      importId,
      fileSha256,
      actorId: request.actor.id,
      roles: request.actor.roles,
      dryRun: request.dryRun,
      correlationId: request.correlationId,
      onProgress: (done) => request.onProgress?.(done, read.candidates.length),
    });
    const failureErrors: RowError[] = outcome.failures.flatMap((failure) =>
      failure.rows.map((row) => ({
        row,
        field: 'recommendation',
        code: failure.code,
        message: failure.message,
      })),
    );
    const errors = [...read.errors, ...failureErrors].sort((a, b) => a.row - b.row);
    const report: ImportReport = {
      importId,
      profile: read.profile,
      dryRun: request.dryRun,
      fileSha256,
      rows: read.rows,
      recommendations: outcome.recommendations,
      positions: outcome.positions,
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
      ...(errors.length > MAX_REPORTED_ERRORS ? { errorsOmitted: errors.length - MAX_REPORTED_ERRORS } : {}),
      ...(carryOverSuggestions === undefined ? {} : { carryOverSuggestions }),
    };
    const failedRows = await failedRowsOf(spoolFile, errors);
    const sources = sourceGroupsOf(read.candidates);
    await this.reports.save({ report, header: read.header, failedRows, sources });
    if (!request.dryRun && outcome.appended > 0) await this.recordCompletion(report, request);
    return report;
  }

  /** The commit's report in the log, in the import's own stream: an auditor finds what the import did. */
  private async recordCompletion(report: ImportReport, request: ImportRequest): Promise<void> {
    const stream = `${IMPORT_STREAM_PREFIX}${report.importId}`;
    const recorded = await this.store.readStream(stream);
    const commandId = randomUUID();
    const role = request.actor.roles.find((r) => r !== 'admin' && mayRun([r], 'propose')) ?? 'admin';
    const unchained = this.streams.unchainedEnvelopes(
      stream,
      [{ type: IMPORT_COMPLETED, data: { report: withoutSuggestions(report) } }],
      {
        actor: { id: request.actor.id, role },
        correlationId: request.correlationId ?? report.importId,
        causationId: commandId,
        commandId,
        import: { importId: report.importId, fileSha256: report.fileSha256, rows: [] },
      },
    );
    const expectedRevision = recorded[recorded.length - 1]?.revision ?? 'no_stream';
    await this.store.append(stream, chainEvents(lastHash(recorded), unchained), { expectedRevision });
  }
}

/** Suggestions are advice for the moment of the import, not part of the record the log keeps. */
function withoutSuggestions(report: ImportReport): ImportReport {
  const { carryOverSuggestions: _advice, ...recorded } = report;
  return recorded;
}

export async function* hashing(source: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    hash.update(bytes);
    yield bytes;
  }
}

/** The failed rows as the file had them, each with its errors in one cell, one per line. */
async function failedRowsOf(spoolFile: string, errors: readonly RowError[]): Promise<FailedRow[]> {
  const byRow = new Map<number, string[]>();
  for (const error of errors)
    byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.field}: ${error.message}`]);
  if (byRow.size === 0) return [];
  const failed: FailedRow[] = [];
  const lines = createInterface({ input: createReadStream(spoolFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const record = JSON.parse(line) as SheetRecord;
    const messages = byRow.get(record.row);
    if (messages) failed.push({ row: record.row, values: record.values, error: messages.join('\n') });
  }
  return failed;
}
