import type { ReadModelAnswer } from '@app/recommendations';
import type { Response } from 'express';

export const PROJECTION_POSITION_HEADER = 'X-Projection-Position';

/** Every read-model answer tells which log position it reflects (API.md, Queries). */
export function answerWith<T>(response: Response, answer: ReadModelAnswer<T>): T {
  response.setHeader(PROJECTION_POSITION_HEADER, answer.position.toString());
  return answer.value;
}
