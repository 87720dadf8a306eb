import busboy, { type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { EvidenceStore } from '@app/evidence';
import { AppError } from '@app/errors';
import type { EvidenceFile } from '@app/recommendations';
import { jsonShapeProblem } from '../http/json-body-limits';
import { RequestValidationError } from '../http/request-validation.error';

/** The part name files travel under; every other part is a field. */
export const EVIDENCE_PART = 'evidence';
/** A part of this name holds the other fields as one JSON object, as an API client sends them. */
export const JSON_PART = 'json';

export const MULTIPART_LIMITS = { files: 10, fields: 50, fieldSize: 64 * 1024 } as const;

export interface EvidenceUpload {
  /** The form fields (a repeated name becomes a list), and the JSON part's members over them. */
  fields: Record<string, unknown>;
  /** The files stored, in the order sent. */
  evidence: EvidenceFile[];
  /** True when a JSON part carried the fields: its values are typed already, so none is converted from text. */
  typed: boolean;
}

const invalid = (field: string, message: string) => new RequestValidationError([{ field, message }]);

function jsonFields(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalid(JSON_PART, 'must be a JSON object');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw invalid(JSON_PART, 'must be a JSON object');
  // The same bounds as a JSON body: a deep part would overflow the validators' recursion.
  const problem = jsonShapeProblem(parsed);
  if (problem !== undefined) throw invalid(JSON_PART, problem);
  return parsed as Record<string, unknown>;
}

/**
 * Reads a multipart body as it arrives: each `evidence` file streams into the store (which refuses it past the
 * limit or by its content), the rest are fields. The first refusal answers at once; nothing more is read.
 */
export function readMultipart(
  source: Readable,
  headers: IncomingHttpHeaders,
  store: EvidenceStore,
): Promise<EvidenceUpload> {
  return new Promise((resolve, reject) => {
    const formFields: Record<string, unknown> = {};
    let json: Record<string, unknown> | undefined;
    const stored: Promise<EvidenceFile>[] = [];
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.unpipe();
      reject(isAppError(error) ? error : malformed());
    };
    const addField = (name: string, value: string, truncated: boolean) => {
      if (truncated) throw invalid(name, `must be at most ${MULTIPART_LIMITS.fieldSize} bytes`);
      if (name === JSON_PART) json = jsonFields(value);
      else {
        const before = formFields[name];
        formFields[name] =
          before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
      }
    };
    let parser: BusboyInstance;
    try {
      parser = busboy({ headers: headers as BusboyHeaders, limits: MULTIPART_LIMITS });
    } catch {
      return fail(invalid('Content-Type', 'must be multipart/form-data with a boundary'));
    }
    parser.on('file', (name, stream, fileName) => {
      if (failed) return void stream.resume();
      if (name !== EVIDENCE_PART) {
        stream.resume();
        return fail(invalid(name, `files go in the part named ${EVIDENCE_PART}`));
      }
      const put = store.put(stream, fileName);
      put.catch(fail);
      stored.push(put);
    });
    parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
      try {
        if (!failed) addField(name, value, valueTruncated);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('filesLimit', () => fail(invalid(EVIDENCE_PART, `at most ${MULTIPART_LIMITS.files} files`)));
    parser.on('fieldsLimit', () => fail(invalid('body', `at most ${MULTIPART_LIMITS.fields} fields`)));
    parser.on('error', fail);
    parser.on('finish', () => {
      Promise.all(stored).then((evidence) => {
        if (!failed) resolve({ fields: { ...formFields, ...json }, evidence, typed: json !== undefined });
      }, fail);
    });
    source.on('error', fail);
    source.pipe(parser);
  });
}

const malformed = () => invalid('body', 'must be a well-formed multipart/form-data body');
const isAppError = (error: unknown): boolean => error instanceof AppError;
