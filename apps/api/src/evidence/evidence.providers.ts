import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EvidenceStore, evidenceDirectory } from '@app/evidence';
import { EvidenceDownloads } from './evidence-download';
import { EvidenceUploadService } from './evidence-upload.service';

/** The store's evidence directory, and the upload and download pieces any route with files uses. */
export const evidenceProviders: Provider[] = [
  {
    provide: EvidenceStore,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => new EvidenceStore({ directory: evidenceDirectory(config) }),
  },
  EvidenceUploadService,
  EvidenceDownloads,
];
