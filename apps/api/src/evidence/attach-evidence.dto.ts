import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** The fields beside the files of `POST /recommendations/:id/evidence`. */
export class AttachEvidenceFieldsDto {
  @ApiPropertyOptional({ maxLength: 2000, example: 'Signed minutes of the May session' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'The revision of the decision this supports',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  decisionRevision?: number;
}
