import type { CommandResult } from '@app/recommendations';
import type { FastifyReply } from 'fastify';

export interface CommandAnswer {
  id: string;
  revision: number;
  position: string;
}

/** Every command route answers `{ id, revision, position }` with `ETag: "<revision>"` (docs/api.md, Commands). */
export function commandAnswer(reply: FastifyReply, result: CommandResult): CommandAnswer {
  void reply.header('ETag', `"${result.revision}"`);
  return { id: result.id, revision: Number(result.revision), position: result.position.toString() };
}
