import { TrimmedString } from '../../http/validation.decorators';
import { language, text } from './proposal-fields';

export class AddTranslationDto {
  @language(false) language!: string;
  @text(false) text!: string;
  /** Who translated it (a person or a service); the caller's user id when left out. */
  @TrimmedString({ max: 200, optional: true, example: 'UN Russian Translation Service' })
  translatedBy?: string;
}
