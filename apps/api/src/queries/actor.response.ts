import { ApiProperty } from '@nestjs/swagger';

/** Who ran a command: the user's id and the role it ran under. */
export class ActorResponse {
  @ApiProperty({ example: 'amina' })
  id!: string;

  @ApiProperty({ example: 'secretariat', description: 'The role the command ran under' })
  role!: string;
}
