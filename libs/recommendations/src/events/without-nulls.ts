import type { JsonObject } from '@app/event-store';

const isPlainObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy without null members or null array items, at any depth: in a stored payload, null means "not given". */
export function withoutNulls(data: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(data)) {
    if (value !== null) copy[key] = cleaned(value);
  }
  return copy;
}

function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(cleaned);
  return isPlainObject(value) ? withoutNulls(value) : value;
}
