import { getSchemaPath } from '@nestjs/swagger';
import type { ProblemCode } from '../http/problem-catalogue';

/** The refusals of a report's files, as for any evidence upload (docs/evidence.md). */
export const REPORT_FILE_PROBLEMS: ProblemCode[] = ['EVIDENCE.FILE_TOO_LARGE', 'EVIDENCE.UNSUPPORTED_TYPE'];

const FILES = { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: 10 } as const;
const TEXT = { type: 'string' } as const;

/** A report's body as JSON (the DTO) or as multipart/form-data: the same fields, and the evidence files. */
export function reportBodies(dto: new () => object, formFields: readonly string[]) {
  return {
    'application/json': { $ref: getSchemaPath(dto) },
    'multipart/form-data': {
      type: 'object' as const,
      properties: {
        evidence: {
          ...FILES,
          description: 'PDF, DOCX, XLSX, ODT, PNG or JPEG, up to 20 MiB each, typed by content',
        },
        json: {
          ...TEXT,
          description: 'Instead of form fields: the fields as one JSON object, exactly as the JSON body',
        },
        ...Object.fromEntries(formFields.map((name) => [name, TEXT])),
      },
    },
  };
}
