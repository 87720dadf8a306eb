import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsString, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_GROUPINGS,
  DOCUMENT_KINDS,
  type DocumentFormat,
  type DocumentGrouping,
  type DocumentKind,
} from '@app/documents';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '@app/recommendations';
import { OneOf } from '../http/validation.decorators';
import { Optional } from '../http/optional.decorator';
import { RecommendationFiltersDto } from '../queries/recommendation-filters.dto';

/** The secretariat's selection for a follow-up report: this many references at most. */
export const MAX_SELECTED_REFERENCES = 500;

export class DocumentKindParams {
  @OneOf(DOCUMENT_KINDS, { example: 'matrix' })
  kind!: DocumentKind;
}

/** `GET /reports/documents/:kind`: the list's filters (but `language`), then the document's format, language, grouping and selection. */
export class DocumentQueryDto extends RecommendationFiltersDto {
  @OneOf(DOCUMENT_FORMATS, { optional: true, example: 'docx' })
  format?: DocumentFormat;

  // Here the document's language, as the issue names it; the list's original-language filter does not apply.
  @OneOf(DOCUMENT_LANGUAGES, { optional: true, example: 'ru' })
  override language?: DocumentLanguage = undefined;

  @OneOf(DOCUMENT_GROUPINGS, { optional: true, example: 'theme' })
  groupBy?: DocumentGrouping;

  @ApiPropertyOptional({
    type: String,
    example: 'CRC/C/TKM/CO/2-4/20,CRC/C/TKM/CO/2-4/35',
    description:
      "Only these references, comma-separated (the treaty-body follow-up report's priority selection)",
  })
  @Optional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((reference) => reference.trim())
          .filter((reference) => reference !== '')
      : value,
  )
  @ArrayMaxSize(MAX_SELECTED_REFERENCES, {
    message: `references may name at most ${MAX_SELECTED_REFERENCES}`,
  })
  @IsString({ each: true, message: 'references must be a comma-separated list of references' })
  @MaxLength(200, { each: true, message: 'references must each be at most 200 characters' })
  references?: string[];
}

/** The workspace's document form: the kind is a field of the form, not a path segment. */
export class DocumentFormDto extends DocumentQueryDto {
  @OneOf(DOCUMENT_KINDS, { example: 'matrix' })
  kind!: DocumentKind;
}
