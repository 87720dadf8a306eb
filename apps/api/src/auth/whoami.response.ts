import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/recommendations';

export class WhoamiResponse {
  @ApiProperty({ example: 'amina' })
  id!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['secretariat'] })
  roles!: Role[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: "A focal point's institution (users file); null for every other user",
  })
  institution!: string | null;
}
