import { Injectable } from '@nestjs/common';
import type { ProgressReportContent } from '@app/recommendations';
import type { ProgressReportContentDto } from './progress-report.dto';

/**
 * The one place a report's body becomes its content: a JSON body carries no evidence; the multipart reader that
 * stores uploaded files answers the same content with their EvidenceFile records.
 */
@Injectable()
export class ProgressReportBodyReader {
  content(body: ProgressReportContentDto): ProgressReportContent {
    return {
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      indicatorValues: (body.indicatorValues ?? []).map(({ indicatorId, value, note }) =>
        note === undefined ? { indicatorId, value } : { indicatorId, value, note },
      ),
      narrative: body.narrative,
      evidence: [],
    };
  }
}
