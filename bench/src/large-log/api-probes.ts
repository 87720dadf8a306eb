import { proposalBody } from '../http/proposal-body';
import { latencyDetails, probe } from '../http/probe';
import type { Row } from '../report';
import type { BenchTokens } from './bench-users';
import type { LogFixture } from './log-fixture';

export interface ProbeTarget {
  url: string;
  tokens: BenchTokens;
  fixture: LogFixture;
  /** Requests per latency figure. */
  count: number;
  /** The same figures at the small log, for the ratio that shows growth. */
  baseline?: Row[];
}

const LIST = '/recommendations?status=planned&mechanism=unct&theme=data&limit=50';

/** Part 6: append and query latency at one log size, with the ratio to the small log's figures. */
export async function scaleRows(target: ProbeTarget): Promise<Row[]> {
  const { url, tokens, fixture, count } = target;
  const { label } = fixture;
  const figures = [
    {
      what: 'append: POST /recommendations, one at a time',
      result: await probe({
        url,
        token: tokens.secretariat,
        method: 'POST',
        path: () => '/recommendations',
        body: (n) => proposalBody(`scale-${label}-${n}`),
        count,
      }),
    },
    {
      what: 'list with filters: GET /recommendations?status&mechanism&theme',
      result: await probe({ url, token: tokens.secretariat, path: () => LIST, count }),
    },
    {
      what: 'summary: GET /reports/summary?by=status',
      result: await probe({
        url,
        token: tokens.secretariat,
        path: () => '/reports/summary?by=status',
        count,
      }),
    },
  ];
  return figures.map(({ what, result }) => withGrowth(target, `${what}, ${label}`, what, result));
}

/** Part 5: history and verification of the 100-event stream. */
export async function auditRows(target: ProbeTarget, verifyCount: number): Promise<Row[]> {
  const { url, tokens, fixture, count } = target;
  const { label } = fixture;
  const id = fixture.seeded.longRecommendationId;
  const history = await probe({
    url,
    token: tokens.auditor,
    path: () => `/recommendations/${id}/history`,
    count,
  });
  const verify = await probe({
    url,
    token: tokens.auditor,
    path: () => `/audit/verify?stream=recommendation-${id}`,
    count: verifyCount,
  });
  return [
    withGrowth(target, `history of a 100-event stream, ${label}`, 'history', history),
    withGrowth(target, `verify a 100-event stream (GET /audit/verify?stream=), ${label}`, 'verify', verify),
  ];
}

function withGrowth(
  target: ProbeTarget,
  name: string,
  key: string,
  result: Awaited<ReturnType<typeof probe>>,
): Row {
  const base = target.baseline?.find((row) => row.name.startsWith(key));
  const section = key === 'history' || key === 'verify' ? 'audit' : 'scale';
  return {
    section,
    name,
    value: result.p50,
    unit: 'ms p50',
    ratio: base
      ? { to: base.name.slice(base.name.lastIndexOf(', ') + 2), value: result.p50 / base.value }
      : undefined,
    extra: latencyDetails(result),
  };
}
