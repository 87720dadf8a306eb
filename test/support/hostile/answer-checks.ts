/** Signs that an answer leaks internals: a stack frame, a source or data path, a library's or SQLite's own error. */
const LEAKS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'stack frame', pattern: /\bat [\w$.<>]+ \(|\n\s+at \S/ },
  { name: 'source file', pattern: /[\w-]+\.(?:ts|js|mjs|cjs):\d+/ },
  { name: 'file path', pattern: /node_modules|\/(?:work|tmp|root|home|usr|var)\/\S/ },
  {
    name: 'SQLite error',
    pattern: /SqliteError|SQLITE_[A-Z]|fts5|no such (?:table|column)|near "[^"]*": syntax error/i,
  },
  { name: 'library error', pattern: /FST_ERR|ERR_[A-Z_]{4,}|class-(?:transformer|validator)|better-sqlite3/ },
  {
    name: 'JavaScript error',
    pattern:
      /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|Cannot read propert|is not a function|Unexpected token)\b/,
  },
];

/** Status codes a server may answer under attack; 504 only as the designed PROJECTION_BEHIND. */
export function statusProblem(status: number, body: string): string | undefined {
  if (status < 500) return undefined;
  if (status === 504 && body.includes('PROJECTION_BEHIND')) return undefined;
  return `answered ${status}`;
}

export function leakIn(body: string): string | undefined {
  return LEAKS.find((leak) => leak.pattern.test(body))?.name;
}
