/** Sizes of one run: `--quick` is a one-minute check, the default the full run (under 10 minutes on 2 cores). */
export interface BenchOptions {
  quick: boolean;
  /** Sections to run; all when `--only` is not given. */
  only: ReadonlySet<string> | undefined;
  /** Starts the API under `--cpu-prof` and writes its profile to bench/results/. */
  profile: boolean;
  /** Seconds each store append measurement runs. */
  storeSeconds: number;
  /** Writers appending at once in the concurrent store measurement. */
  storeWriters: number;
  /** Seconds each HTTP measurement runs. */
  httpSeconds: number;
  httpConnections: readonly number[];
  /** Events in the large log of the catch-up, audit and scale sections. */
  largeLog: number;
  /** Events in the small log of the scale section. */
  smallLog: number;
  /** Repetitions of each latency probe (history, list, summary, single append). */
  probes: number;
}

export const SECTIONS = [
  'store',
  'peer',
  'http',
  'catch-up',
  'audit',
  'scale',
  'import',
  'workspace',
  'documents',
  'portal',
] as const;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((arg) => arg.startsWith('--only='));
  const eventsArg = argv.find((arg) => arg.startsWith('--events='));
  // On a slower machine the large log can be shrunk to keep the full run under 10 minutes; rows name the size.
  const largeLog = eventsArg ? Number(eventsArg.slice('--events='.length)) : quick ? 30_000 : 1_000_000;
  if (!Number.isInteger(largeLog) || largeLog < 10_000)
    throw new Error('--events must be a whole number >= 10000');
  const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;
  for (const name of only ?? []) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new Error(`Unknown section ${name}; choose from ${SECTIONS.join(', ')}`);
    }
  }
  return {
    quick,
    only,
    profile: argv.includes('--profile'),
    storeSeconds: quick ? 1 : 4,
    storeWriters: 64,
    httpSeconds: quick ? 3 : 10,
    httpConnections: [16, 64],
    largeLog,
    smallLog: 10_000,
    probes: quick ? 30 : 200,
  };
}

export const wants = (options: BenchOptions, section: (typeof SECTIONS)[number]): boolean =>
  options.only === undefined || options.only.has(section);
