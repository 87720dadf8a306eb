import type { ReadModelAnswer } from '@app/recommendations';
import type { FastifyReply } from 'fastify';

export const PROJECTION_POSITION_HEADER = 'X-Projection-Position';

/** OpenAPI: every read-model answer carries the position header. */
export const READ_MODEL_RESPONSE = {
  description: 'Answered from the read models',
  headers: {
    [PROJECTION_POSITION_HEADER]: {
      description: 'The log position the read models reflect',
      schema: { type: 'string' as const },
    },
  },
};

/** Every read-model answer tells which log position it reflects (docs/api.md, Queries). */
export function answerWith<T>(reply: FastifyReply, answer: ReadModelAnswer<T>): T {
  void reply.header(PROJECTION_POSITION_HEADER, answer.position.toString());
  return answer.value;
}
