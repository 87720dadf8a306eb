/** A problem+json answer of the API, or `{ status: 0 }` when the network failed. */
export type Problem = Record<string, unknown> & { status?: number; code?: string };

/** An import's whole-file problem in the page's words: the island (#import-problems) gives the texts by code. */
export function problemText(island: HTMLElement, problem: Problem): string {
  const texts = JSON.parse(island.textContent ?? '{}') as Record<string, string[]>;
  const key =
    problem.code !== undefined && texts[problem.code]
      ? problem.code
      : problem.status === 0
        ? 'network'
        : 'other';
  const valueOf = (name: string): string | undefined => {
    const value = problem[name];
    if (Array.isArray(value)) return value.join(', ');
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const fits = (text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)].every(([, name]) => valueOf(name) !== undefined);
  const text = texts[key].find(fits) ?? texts[key][texts[key].length - 1];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => valueOf(name) ?? '');
}
