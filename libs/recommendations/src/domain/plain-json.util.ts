/** Optional fields are left out rather than set to undefined, so payloads hash and compare the same everywhere. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Structural equality of plain JSON values (objects compared by keys, arrays by order). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => jsonEqual(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = withoutUndefined(a) as Record<string, unknown>;
  const right = withoutUndefined(b) as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => jsonEqual(left[key], right[key]));
}

/** A plain copy without undefined members at any depth, as it will be stored: nested DTOs hold them too. */
export const plainJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
