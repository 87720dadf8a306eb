import { Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Role } from '@app/recommendations';
import { Roles, type AuthenticatedRequest } from '../auth';
import { IMPORT_MEDIA_TYPES } from '../http/json-body-parsers';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import type { ImportReport } from './import-report';
import { ImportReportResponse } from './import-report.response';
import { ImportReportStore } from './import-report.store';
import { ImportService } from './import.service';

export const FILE_PROBLEMS = [
  'IMPORT.UNKNOWN_PROFILE',
  'IMPORT.UNSUPPORTED_FORMAT',
  'IMPORT.WRONG_HEADER',
  'IMPORT.MALFORMED_CSV',
  'IMPORT.XLSX_FORMULA',
  'IMPORT.XLSX_MACROS',
  'IMPORT.UNREADABLE_XLSX',
  'IMPORT.TOO_MANY_ROWS',
  'IMPORT.FILE_TOO_LARGE',
  415,
] as const;

/** Who may upload a file (admin always may), and who may read an import's report and its errors files. */
export const IMPORTING_ROLES: readonly Role[] = ['secretariat'];
export const IMPORT_READING_ROLES: readonly Role[] = ['secretariat', 'reviewer', 'auditor'];

/** `dryRun` is true unless the caller says `false`: nothing is appended by accident. */
export function dryRunOf(value: string | undefined): boolean {
  if (value === undefined || value === 'true') return true;
  if (value === 'false') return false;
  throw new RequestValidationError([{ field: 'dryRun', message: 'must be true or false' }]);
}

/** `?carryOverThreshold=`: a decimal from 0.3 to 1; the default when left out. */
function thresholdOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = /^(0(\.\d{1,3})?|1(\.0{1,3})?)$/.test(value) ? Number(value) : NaN;
  if (!(threshold >= 0.3 && threshold <= 1)) {
    throw new RequestValidationError([
      { field: 'carryOverThreshold', message: 'must be a number from 0.3 to 1' },
    ]);
  }
  return threshold;
}

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportService,
    private readonly reports: ImportReportStore,
  ) {}

  @Post()
  @Roles(...IMPORTING_ROLES)
  @ApiOperation({ summary: 'Import a CSV or XLSX file of recommendations (dry run unless dryRun=false)' })
  @ApiConsumes(...IMPORT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'profile', enum: ['upr-info', 'uhri', 'template'] })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiQuery({
    name: 'carryOverThreshold',
    required: false,
    schema: { type: 'number', minimum: 0.3, maximum: 1, default: 0.6 },
    description:
      'Token-set Jaccard similarity from which an earlier recommendation is suggested (docs/imports.md)',
  })
  @ApiResponse({ status: 200, type: ImportReportResponse, description: 'Dry run: what a commit would do' })
  @ApiResponse({
    status: 201,
    type: ImportReportResponse,
    description: 'Committed; Location names the report',
  })
  @ProblemResponses(...FILE_PROBLEMS)
  async upload(
    @Query('profile') profile: string | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Query('carryOverThreshold') carryOverThreshold: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportReport> {
    if (profile === undefined || profile.trim() === '') {
      throw new RequestValidationError([
        { field: 'profile', message: 'name a profile: upr-info, uhri or template' },
      ]);
    }
    const user = request.user!;
    const report = await this.imports.run({
      stream: request.body as AsyncIterable<Buffer>,
      profile,
      dryRun: dryRunOf(dryRun),
      carryOverThreshold: thresholdOf(carryOverThreshold),
      actor: { id: user.id, roles: user.roles },
      correlationId: headerOf(request, 'x-correlation-id'),
    });
    void reply
      .status(report.dryRun ? HttpStatus.OK : HttpStatus.CREATED)
      .header('Location', `/imports/${report.importId}`);
    return report;
  }

  @Get(':id')
  @Roles(...IMPORT_READING_ROLES)
  @ApiOperation({ summary: "An import's report, as its last run answered it" })
  @ApiResponse({ status: 200, type: ImportReportResponse })
  @ProblemResponses('IMPORT.NOT_FOUND')
  async report(@Param('id') id: string): Promise<ImportReport> {
    return (await this.reports.read(id)).report;
  }
}

export function headerOf(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first.slice(0, 200);
}
