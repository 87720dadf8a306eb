import { join } from 'node:path';
import { addUser } from '@app/users';
import { startApiProcess, type ApiProcess } from '../http/api-process';
import { probe } from '../http/probe';
import type { BenchOptions } from '../options';
import type { Row } from '../report';
import { inTempDir } from '../temp-dir';
import { proposalOf, templateCsvOf } from './generated-recommendations';
import { peakRssDuring } from './process-memory';

const MEASURED_ROWS = 10_000;
const SMALL_ROWS = 1_000;
const LARGE_ROWS = 50_000;
/** A 50,000-row upload through the whole import path takes minutes here; no request should wait longer than this. */
const UPLOAD_TIMEOUT_MS = 15 * 60_000;
const PROPOSE = 'propose one at a time over HTTP';

type ImportAnswer = { rows: number; recommendations: { created: number; failed: number }; errors: unknown[] };

/** Issue 12: a file through POST /imports against the same recommendations proposed request by request, and memory. */
export async function importSection(
  options: BenchOptions,
  profileFile: string | undefined,
  log: (line: string) => void,
): Promise<Row[]> {
  const rates = await withApi('import', profileFile, (api, upload) =>
    ratesAndSmallFile(options, api, upload, log),
  );
  // The largest file on an API of its own, so its peak is not the heap the earlier imports left behind.
  const large = await withApi('import-large', undefined, (api, upload) => largeFile(api, upload, log));
  return [...rates, ...large];
}

type Uploader = ReturnType<typeof uploader>;

/** A fresh API on a temp DATA_DIR with one secretariat user, warmed up by a 200-row import, then stopped. */
async function withApi(
  prefix: string,
  profileFile: string | undefined,
  work: (api: ApiProcess, upload: Uploader) => Promise<Row[]>,
): Promise<Row[]> {
  return inTempDir(prefix, async (dataDir) => {
    const token = await addUser(join(dataDir, 'users.json'), {
      id: 'bench-secretariat',
      name: 'Bench',
      roles: ['secretariat'],
    });
    const api = await startApiProcess({ dataDir, synchronous: 'FULL', profileFile });
    try {
      const upload = uploader(api, token);
      // JIT, the reader and the importer warm up before anything is counted; its recommendations are never reused.
      await upload(templateCsvOf(200, 9_000_000), false);
      return await work(api, upload);
    } finally {
      await api.stop();
    }
  });
}

async function ratesAndSmallFile(
  options: BenchOptions,
  api: ApiProcess,
  upload: Uploader,
  log: (line: string) => void,
): Promise<Row[]> {
  const small = await peakRssDuring(api.pid, () => upload(templateCsvOf(SMALL_ROWS, 1_000_000), true));
  log(`peak RSS ${SMALL_ROWS} rows (dry run): ${small.peakMiB.toFixed(0)} MiB`);

  const file = templateCsvOf(MEASURED_ROWS);
  const dry = await upload(file, true);
  const commit = await upload(file, false);
  if (commit.answer.recommendations.created !== MEASURED_ROWS)
    throw new Error(`The commit created ${commit.answer.recommendations.created} of ${MEASURED_ROWS}`);
  // One request at a time, as a script proposing each row would: the same recommendations, other numbers.
  const proposeCount = options.quick ? 1_000 : 2_000;
  const proposeStarted = performance.now();
  const proposes = await probe({
    url: api.url,
    token: upload.token,
    method: 'POST',
    count: proposeCount,
    path: () => '/recommendations',
    body: (n) => proposalOf(2_000_000 + n, `${process.pid}`),
  });
  const proposeRate = proposeCount / ((performance.now() - proposeStarted) / 1000);
  const ratio = (value: number) => ({ to: PROPOSE, value: value / proposeRate });
  log(
    `import ${MEASURED_ROWS}: dry run ${Math.round(dry.rate)} rows/s, commit ${Math.round(commit.rate)} rows/s`,
  );
  log(`${PROPOSE}: ${Math.round(proposeRate)} rows/s (${proposes.errors} errors)`);
  return [
    rateRow(`import ${MEASURED_ROWS.toLocaleString('en-US')} rows, dry run`, dry, ratio(dry.rate)),
    rateRow(`import ${MEASURED_ROWS.toLocaleString('en-US')} rows, commit`, commit, ratio(commit.rate)),
    {
      section: 'import',
      name: `${PROPOSE} (${proposeCount.toLocaleString('en-US')} requests in sequence)`,
      value: proposeRate,
      unit: 'rows/s',
      extra: {
        p50: `${proposes.p50.toFixed(1)} ms`,
        p99: `${proposes.p99.toFixed(1)} ms`,
        errors: proposes.errors,
      },
    },
    memoryRow(`API peak RSS, importing ${SMALL_ROWS.toLocaleString('en-US')} rows, dry run`, small),
  ];
}

/** The largest file allowed, dry run then commit (about 20 s here), with the API's peak memory during each. */
async function largeFile(api: ApiProcess, upload: Uploader, log: (line: string) => void): Promise<Row[]> {
  const file = templateCsvOf(LARGE_ROWS, 3_000_000);
  const rows: Row[] = [];
  for (const dryRun of [true, false]) {
    const run = dryRun ? 'dry run' : 'commit';
    const measured = await peakRssDuring(api.pid, () => upload(file, dryRun));
    const size = LARGE_ROWS.toLocaleString('en-US');
    rows.push(
      rateRow(`import ${size} rows, ${run}`, measured.result),
      memoryRow(`API peak RSS, importing ${size} rows, ${run}`, measured),
    );
    log(
      `import ${LARGE_ROWS} rows (${run}): ${Math.round(measured.result.rate)} rows/s, peak RSS ${measured.peakMiB.toFixed(0)} MiB`,
    );
  }
  return rows;
}

type Upload = { answer: ImportAnswer; seconds: number; rate: number };

/** POSTs a CSV to /imports and times it; any answer but the expected status, or a failed row, stops the bench. */
function uploader(api: ApiProcess, token: string) {
  const upload = async (file: Buffer, dryRun: boolean): Promise<Upload> => {
    const started = performance.now();
    const response = await fetch(`${api.url}/imports?profile=template&dryRun=${dryRun}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: file,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    const text = await response.text();
    const seconds = (performance.now() - started) / 1000;
    if (response.status !== (dryRun ? 200 : 201))
      throw new Error(`POST /imports answered ${response.status}: ${text.slice(0, 500)}`);
    const answer = JSON.parse(text) as ImportAnswer;
    if (answer.recommendations.failed > 0 || answer.errors.length > 0)
      throw new Error(`The generated file had failed rows: ${JSON.stringify(answer.errors.slice(0, 3))}`);
    return { answer, seconds, rate: answer.rows / seconds };
  };
  return Object.assign(upload, { token });
}

function rateRow(name: string, upload: Upload, ratio?: Row['ratio']): Row {
  return {
    section: 'import',
    name,
    value: upload.rate,
    unit: 'rows/s',
    ...(ratio ? { ratio } : {}),
    extra: { seconds: upload.seconds, created: upload.answer.recommendations.created },
  };
}

function memoryRow(name: string, measured: { peakMiB: number; beforeMiB: number; hwmMiB: number }): Row {
  return {
    section: 'import',
    name,
    value: measured.peakMiB,
    unit: 'MiB',
    extra: {
      before: `${measured.beforeMiB.toFixed(0)} MiB`,
      VmHWM: `${measured.hwmMiB.toFixed(0)} MiB`,
    },
    note: 'VmRSS sampled every 20 ms',
  };
}
