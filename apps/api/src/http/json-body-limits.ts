/** Far deeper than any request this API takes (3 levels), far shallower than what overflows a recursive walk. */
export const MAX_JSON_DEPTH = 32;
/** Every value counted (objects, arrays, members, items): the largest valid body holds about a hundred. */
export const MAX_JSON_VALUES = 1_000;

/**
 * What is wrong with a parsed body's shape, or undefined. Iterative, so no depth can overflow the stack, and it
 * stops at the first problem, so what it costs is bounded by the limits, not by the body.
 */
export function jsonShapeProblem(body: unknown): string | undefined {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 1 }];
  let values = 0;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (++values > MAX_JSON_VALUES) return `must hold at most ${MAX_JSON_VALUES} values`;
    if (typeof value === 'number' && !Number.isFinite(value))
      return 'must not hold a number too large to represent';
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) return `must not be nested more than ${MAX_JSON_DEPTH} levels deep`;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (values + children.length > MAX_JSON_VALUES) return `must hold at most ${MAX_JSON_VALUES} values`;
    for (const child of children) pending.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
