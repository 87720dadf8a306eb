import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@app/recommendations';

export class WhoamiResponse {
  @ApiProperty({ example: 'amina' })
  id!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['secretariat'] })
  roles!: Role[];
}
