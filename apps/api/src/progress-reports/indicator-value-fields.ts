import { RequestValidationError } from '../http/request-validation.error';

const PREFIX = 'indicatorValues.';

/**
 * A workspace form sends one field per indicator (`indicatorValues.<indicatorId>`, blank for none); the API's body
 * holds them as a list. A value that is not a number is refused under the field's own name, where the form shows it.
 */
export function withIndicatorValueList(fields: Record<string, unknown>): Record<string, unknown> {
  const named = Object.keys(fields).filter((key) => key.startsWith(PREFIX));
  if (named.length === 0) return fields;
  const rest = Object.fromEntries(Object.entries(fields).filter(([key]) => !key.startsWith(PREFIX)));
  const values: { indicatorId: string; value: number }[] = [];
  const problems: { field: string; message: string }[] = [];
  for (const key of named) {
    const text = String(fields[key]).trim();
    if (text === '') continue;
    // Russian and Turkmen write a decimal comma.
    const value = Number(text.replace(',', '.'));
    if (Number.isFinite(value)) values.push({ indicatorId: key.slice(PREFIX.length), value });
    else problems.push({ field: key, message: `${key} must be a number` });
  }
  if (problems.length > 0) throw new RequestValidationError(problems);
  return values.length === 0 ? rest : { ...rest, indicatorValues: values };
}
