import { ApiProperty } from '@nestjs/swagger';

export class FeedEventResponse {
  @ApiProperty({ example: '1042' })
  position!: string;

  @ApiProperty({ format: 'uuid' })
  recommendationId!: string;

  @ApiProperty({ example: 'PositionRecorded' })
  type!: string;

  @ApiProperty({ example: 'reviewed', description: "The recommendation's status after this event" })
  status!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class FeedPageResponse {
  @ApiProperty({ type: () => FeedEventResponse, isArray: true })
  events!: FeedEventResponse[];

  @ApiProperty({ example: '1042', description: 'Pass as after for the next call' })
  lastPosition!: string;
}
