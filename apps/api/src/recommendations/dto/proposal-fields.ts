import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { TrimmedString, TrimmedStringList } from '../../http/validation.decorators';
import { SourceDto } from './source.dto';
import { LANGUAGE_TAG } from '../../http/language-tag';
import { Optional } from '../../http/optional.decorator';

export const text = (optional: boolean): PropertyDecorator =>
  TrimmedString({
    max: 10_000,
    optional,
    example: 'Adopt a comprehensive anti-discrimination law covering all grounds.',
  });
export const language = (optional = true): PropertyDecorator =>
  TrimmedString({
    max: 35,
    optional,
    pattern: LANGUAGE_TAG,
    patternMessage: '$property must be a BCP 47 language tag like en or tk',
    example: 'en',
  });
// Labels are mapped to the controlled list (withControlledVocabulary) once the lists' shape is checked.
export const themes = (): PropertyDecorator =>
  TrimmedStringList({
    maxItems: 20,
    maxLength: 100,
    optional: true,
    example: ['non-discrimination', 'Rights of the child'],
  });
export const sdgTargets = (): PropertyDecorator =>
  TrimmedStringList({ maxItems: 30, maxLength: 100, optional: true, example: ['16.3', 'SDG 10'] });
export const affectedGroups = (): PropertyDecorator =>
  TrimmedStringList({
    maxItems: 20,
    maxLength: 100,
    optional: true,
    example: ['women', 'persons with disabilities'],
  });
export const meetingRef = (): PropertyDecorator =>
  TrimmedString({ max: 200, optional: true, example: 'IAC-2021-02' });

export function source(optional: boolean): PropertyDecorator {
  return (target, key) => {
    (optional ? ApiPropertyOptional({ type: SourceDto }) : ApiProperty({ type: SourceDto }))(target, key);
    (optional ? Optional() : IsDefined())(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(() => SourceDto)(target, key);
  };
}
