import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

export class CommandAnswerResponse {
  @ApiProperty({
    example: '6a1f2c3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
    description: 'The recommendation or plan id',
  })
  id!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 2,
    description: "The stream's last revision (0-based)",
  })
  revision!: number;

  @ApiProperty({
    example: '42',
    description: 'The global log position, as a decimal string (for ?consistentWith=)',
  })
  position!: string;
}

const ETAG = {
  ETag: { description: 'The new revision, quoted: "<revision>"', schema: { type: 'string' as const } },
};
const LOCATION = {
  Location: { description: 'Where the new resource is read', schema: { type: 'string' as const } },
};

/** The success answer of every command: `{ id, revision, position }` with ETag (and Location when it creates). */
export const CommandAnswered = (status: 200 | 201) =>
  applyDecorators(
    ApiResponse({
      status,
      type: CommandAnswerResponse,
      description: status === 201 ? 'Created' : 'Recorded',
      headers: status === 201 ? { ...ETAG, ...LOCATION } : ETAG,
    }),
  );
