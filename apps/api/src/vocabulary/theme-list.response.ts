import { ApiProperty } from '@nestjs/swagger';

export class ThemeResponse {
  @ApiProperty({ example: 'rights-of-the-child', description: 'What proposals store and filters match' })
  id!: string;

  @ApiProperty({ example: 'Rights of the child' })
  en!: string;

  @ApiProperty({ example: 'Права ребёнка' })
  ru!: string;

  @ApiProperty({ example: 'Çaganyň hukuklary' })
  tk!: string;
}

export class ThemeListResponse {
  @ApiProperty({ type: () => ThemeResponse, isArray: true })
  themes!: ThemeResponse[];
}
