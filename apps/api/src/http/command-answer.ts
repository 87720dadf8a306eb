import type { CommandResult } from '@app/recommendations';
import type { Response } from 'express';

export interface CommandAnswer {
  id: string;
  revision: number;
  position: string;
}

/** Every command route answers `{ id, revision, position }` with `ETag: "<revision>"` (API.md). */
export function commandAnswer(response: Response, result: CommandResult): CommandAnswer {
  response.setHeader('ETag', `"${result.revision}"`);
  return { id: result.id, revision: Number(result.revision), position: result.position.toString() };
}
