import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RequestValidationError } from '../http/request-validation.error';

/**
 * An upload's fields as a DTO, checked as JSON bodies are (unknown fields refused, each problem naming its field);
 * form fields arrive as text, so numbers are converted, and a bad one named; a JSON part's values are typed, so
 * they are checked as sent (`typed`), never converted.
 */
export function uploadFields<T extends object>(
  dto: ClassConstructor<T>,
  fields: Record<string, unknown>,
  typed = false,
): T {
  const instance = plainToInstance(dto, fields, { enableImplicitConversion: !typed });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) throw RequestValidationError.fromClassValidator(errors);
  return instance;
}
