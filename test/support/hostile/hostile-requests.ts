import { HOSTILE_QUERY_VALUES, hostileRawBody, manyUnknownKeys } from './hostile-values';
import {
  aRecommendationId,
  bearer,
  json,
  unique,
  type HostileRequest,
  type Targets,
} from './hostile-targets';
import { commandAttack, mutatedBody } from './hostile-commands';
import { queryAttack, recordReadAttack } from './hostile-reads';
import type { SeededRandom } from './seeded-random';

function authAttack(random: SeededRandom): HostileRequest {
  const authorization = random.pick([
    '',
    'Bearer',
    'Bearer ',
    'Basic YWRtaW46YWRtaW4=',
    'Bearer invalid-token',
    `Bearer ${'a'.repeat(4000)}`,
    'bearer  ',
    'Bearer \u00ff',
  ]);
  return {
    label: 'bad-auth',
    method: random.pick(['GET', 'POST']),
    path: random.pick(['/recommendations', '/audit/verify', '/projections', '/whoami']),
    headers: { ...json, authorization },
    body: {},
  };
}

function protocolAttack(random: SeededRandom, targets: Targets): HostileRequest {
  const headers = bearer(targets.tokens.admin);
  switch (random.int(7)) {
    case 0:
      return {
        label: 'unknown-route',
        method: 'GET',
        path: random.pick(['/nope', '/recommendations/a/b/c', '/%2e%2e/%2e%2e', '/admin', '/.env']),
        headers,
      };
    case 1:
      return {
        label: 'wrong-method',
        method: random.pick(['PUT', 'DELETE', 'PATCH']),
        path: random.pick([
          '/recommendations',
          '/plans',
          `/recommendations/${aRecommendationId(random, targets)}`,
        ]),
        headers: { ...headers, ...json },
        body: {},
      };
    case 2:
      return {
        label: 'long-url',
        method: 'GET',
        path: `/recommendations/${'x'.repeat(random.pick([150, 600, 5000]))}/history`,
        headers,
      };
    case 3:
      return {
        label: 'big-header',
        method: 'GET',
        path: '/whoami',
        headers: { ...headers, 'x-filler': 'x'.repeat(random.pick([9000, 20_000, 70_000])) },
      };
    case 4:
      return {
        label: 'last-event-id',
        method: 'GET',
        path: '/feed',
        headers: {
          ...headers,
          accept: 'application/json',
          'last-event-id': random.pick(HOSTILE_QUERY_VALUES),
        },
      };
    case 6:
      return importAttack(random, headers);
    default:
      return {
        label: 'register-plan',
        method: 'POST',
        path: '/plans',
        headers: { ...headers, ...json },
        body: mutatedBody(random, {
          id: `FUZZ-PLAN-${unique()}`,
          title: 'A plan',
          periodStart: '2021-01-01',
          periodEnd: '2025-12-31',
        }).body,
      };
  }
}

/** One request, drawn from weighted families of attacks; a rare one is the 80,000-key body. */
export function nextHostileRequest(random: SeededRandom, targets: Targets): HostileRequest {
  const roll = random.next();
  if (roll < 0.003) {
    return {
      label: 'many-unknown-keys',
      method: 'POST',
      path: `/recommendations/${aRecommendationId(random, targets)}/amend`,
      headers: { ...json, ...bearer(targets.tokens.secretariat) },
      body: { raw: manyUnknownKeys() },
    };
  }
  if (roll < 0.5) return commandAttack(random, targets);
  if (roll < 0.72) return queryAttack(random, targets);
  if (roll < 0.82) return recordReadAttack(random, targets);
  if (roll < 0.88) return authAttack(random);
  return protocolAttack(random, targets);
}

const CSV_LIKE: readonly string[] = [
  'Text,Mechanism,Recommending parties\nAdopt a law,upr,Norway\n',
  'Text,Mechanism\n"unclosed,upr\n',
  'To,Text,From,Response,Session\nTKM,"Ratify the Convention",Ghana;Peru,Accepted,30\n',
  '=cmd|calc,+1,@SUM(A1)\n1,2,3\n',
  'Text;Mechanism;Recommending parties\r\nx;unct;UNICEF\r\n',
];

/** Uploads: known and unknown profiles, CSV-like and hostile bodies, under JSON, CSV and XLSX media types. */
function importAttack(random: SeededRandom, headers: Record<string, string>): HostileRequest {
  const profile = random.pick(['upr-info', 'uhri', 'template', 'nope', '']);
  const dryRun = random.pick(['true', 'true', 'false', 'maybe']);
  const contentType = random.pick([
    'text/csv',
    'application/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/plain',
    'application/json',
  ]);
  const body = random.chance(0.6) ? { raw: random.pick(CSV_LIKE) } : hostileRawBody(random);
  return {
    label: 'import',
    method: 'POST',
    path: `/imports?profile=${encodeURIComponent(profile)}&dryRun=${dryRun}`,
    headers: { ...headers, 'content-type': contentType },
    body,
  };
}
