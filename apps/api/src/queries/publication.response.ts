import { ApiProperty } from '@nestjs/swagger';

/** Whether a recommendation is on the public portal (issue 18); nothing is public by default. */
export class PublicationResponse {
  @ApiProperty({ description: 'On the public portal' })
  published!: boolean;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'The portal shows the rationale of the position; null while not published',
  })
  rationalePublic!: boolean | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the current publication was recorded (the latest publish); null while not published',
  })
  publishedAt!: string | null;
}
