import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

/** `POST /recommendations/:id/publish`: the rationale of the position is public only when asked for. */
export class PublishRecommendationDto {
  @ApiProperty({
    example: false,
    description: 'Show the rationale of the position on the public portal (the rest shows either way)',
  })
  @IsBoolean({ message: 'rationalePublic must be true or false' })
  rationalePublic!: boolean;
}
