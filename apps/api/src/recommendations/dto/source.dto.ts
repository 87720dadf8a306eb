import { SOURCE_KINDS, type SourceKind } from '@app/recommendations';
import { IsoDateString, OneOf, TrimmedString } from '../../http/validation.decorators';

export class SourceDto {
  @OneOf(SOURCE_KINDS, { example: 'un_agency' })
  kind!: SourceKind;

  @TrimmedString({ max: 100, example: 'UNICEF' })
  entity!: string;

  @TrimmedString({ max: 300, optional: true, example: 'Country programme document 2021-2025' })
  document?: string;

  @TrimmedString({ max: 50, optional: true, example: '12(b)' })
  paragraph?: string;

  @IsoDateString({ optional: true, example: '2021-03-15' })
  date?: string;
}
