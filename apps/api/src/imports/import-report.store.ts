import { Inject, Injectable } from '@nestjs/common';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import {
  IMPORT_COMPLETED,
  IMPORT_STREAM_PREFIX,
  type ImportReport,
  type StoredImport,
} from './import-report';
import { ImportNotFoundError } from './import.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Reports live as 0600 files under DATA_DIR/imports/ (with the failed rows); a commit's also in the log. */
@Injectable()
export class ImportReportStore {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  private fileOf(importId: string): string {
    return join(this.config.dataDir, 'imports', `${importId}.json`);
  }

  async save(stored: StoredImport): Promise<void> {
    const file = this.fileOf(stored.report.importId);
    await mkdir(join(this.config.dataDir, 'imports'), { recursive: true, mode: 0o700 });
    // Written aside then renamed, so a reader never sees half a report.
    await writeFile(`${file}.tmp`, JSON.stringify(stored), { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }

  /** The last run of the import: from its file, else the last ImportCompleted of its stream. */
  async read(importId: string): Promise<StoredImport> {
    if (!UUID.test(importId)) throw new ImportNotFoundError(importId);
    try {
      return JSON.parse(await readFile(this.fileOf(importId), 'utf8')) as StoredImport;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const [last] = await this.store.readStream(`${IMPORT_STREAM_PREFIX}${importId}`, {
      direction: 'backwards',
      fromRevision: 'end',
      maxCount: 1,
    });
    if (last?.type !== IMPORT_COMPLETED) throw new ImportNotFoundError(importId);
    return { report: last.data.report as ImportReport, header: [], failedRows: [] };
  }
}
