import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { TrimmedString, TrimmedStringList } from '../../http/validation.decorators';
import { SourceDto } from './source.dto';
import { LANGUAGE_TAG } from '../../http/language-tag';
import { Optional } from '../../http/optional.decorator';

/** SDG targets like `16`, `16.3`, `4.a`; goals 1 to 17. */
export const SDG_TARGET = /^(1[0-7]|[1-9])(\.([1-9]\d?|[a-z]))?$/;

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
export const themes = (): PropertyDecorator =>
  TrimmedStringList({ maxItems: 20, maxLength: 100, optional: true, example: ['non-discrimination'] });
export const sdgTargets = (): PropertyDecorator =>
  TrimmedStringList({
    maxItems: 30,
    maxLength: 5,
    optional: true,
    pattern: SDG_TARGET,
    patternMessage: 'each of $property must be an SDG target like 16, 16.3 or 4.a (goals 1 to 17)',
    example: ['16.3', '10.3'],
  });
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
